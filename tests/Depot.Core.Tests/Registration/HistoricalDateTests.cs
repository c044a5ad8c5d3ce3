using Depot.Core.Registration.Dating;

namespace Depot.Core.Tests.Registration;

public sealed class HistoricalDateTests
{
    [Theory]
    [InlineData("1650", 1650, 1650, DatePrecision.Exact)]
    [InlineData("1601-1620", 1601, 1620, DatePrecision.Exact)]
    [InlineData("ca. 1650", 1650, 1650, DatePrecision.Circa)]
    [InlineData("c. 1601 - 1620", 1601, 1620, DatePrecision.Circa)]
    [InlineData("17de eeuw", 1601, 1700, DatePrecision.Exact)]
    [InlineData("19th century", 1801, 1900, DatePrecision.Exact)]
    public void Dutch_and_English_datings_are_read_with_their_bounds(string text, int earliest, int latest, DatePrecision precision)
    {
        var date = HistoricalDate.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.Text);
    }

    [Fact]
    public void Dating_with_end_before_begin_is_refused_with_a_Dutch_message()
    {
        var ex = Assert.Throws<Depot.Core.DomainException>(() => new HistoricalDate(1700, 1650, ""));
        Assert.Equal("dating.endBeforeBegin", ex.Code);
        Assert.Contains("vóór de begindatum", ex.MessageNl, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_text_gives_no_dating()
    {
        Assert.Null(HistoricalDate.Parse("tijdens de regering van Karel V"));
        Assert.Null(HistoricalDate.Parse("1700-1650"));
    }

    [Theory]
    [InlineData(1601, 1620, DatePrecision.Exact, "1601/1620", 17)]
    [InlineData(1650, 1650, DatePrecision.Circa, "1650~", 17)]
    [InlineData(1600, 1600, DatePrecision.Exact, "1600", 16)]
    public void Edtf_and_century_follow_from_the_bounds(int earliest, int latest, DatePrecision precision, string edtf, int century)
    {
        var date = new HistoricalDate(earliest, latest, "", precision);
        Assert.Equal(edtf, date.ToEdtf());
        Assert.Equal(century, date.Century);
    }
}
