using Depot.Preservation.Ingest;

namespace Depot.Preservation.Tests.Ingest;

/// <summary>The object number a file name starts with: longest existing number, then a separator or the end.</summary>
public sealed class ObjectNumberInFileNameTests
{
    private static readonly string[] Numbers = ["2024.001", "2024.001.3", "B 12", "0001", "ABC-7"];

    [Theory]
    [InlineData("2024.001.3_front.tif", "2024.001.3")]
    [InlineData("2024.001.3.tif", "2024.001.3")]
    [InlineData("2024.001.3-2.jpg", "2024.001.3")]
    [InlineData("2024.001.3 verso.png", "2024.001.3")]
    [InlineData("2024.001_detail.jpg", "2024.001")]
    [InlineData("2024.001.4.jpg", "2024.001")]
    [InlineData("B 12 verso.png", "B 12")]
    [InlineData("ABC-7", "ABC-7")]
    [InlineData("ABC-7-1.tif", "ABC-7")]
    public void The_longest_number_followed_by_a_separator_wins(string fileName, string expected) =>
        Assert.Equal(expected, ObjectNumberInFileName.Pick(fileName, Numbers));

    [Theory]
    [InlineData("2024.0013.jpg")]
    [InlineData("00012.jpg")]
    [InlineData("X2024.001.jpg")]
    [InlineData("scan.tif")]
    public void A_number_not_followed_by_a_separator_is_no_match(string fileName) =>
        Assert.Null(ObjectNumberInFileName.Pick(fileName, Numbers));

    [Fact]
    public void Candidates_are_the_prefixes_before_each_separator_longest_first() =>
        Assert.Equal(["2024.001.3_front.tif", "2024.001.3_front", "2024.001.3", "2024.001", "2024"], ObjectNumberInFileName.Candidates("2024.001.3_front.tif"));
}
