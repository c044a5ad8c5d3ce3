using Depot.Preservation.IiifImage;

namespace Depot.Preservation.Tests.IiifImage;

public sealed class ImageRequestParserTests
{
    private static readonly ImageLimits Limits = ImageLimits.Default;

    [Theory]
    [InlineData("full", 0, 0, 1200, 800)]
    [InlineData("square", 200, 0, 800, 800)]
    [InlineData("100,50,300,200", 100, 50, 300, 200)]
    [InlineData("1000,700,500,500", 1000, 700, 200, 100)]
    [InlineData("pct:50,50,50,50", 600, 400, 600, 400)]
    [InlineData("pct:10.5,0,25,100", 126, 0, 300, 800)]
    public void Regions_are_cut_in_pixels_of_the_full_image(string region, int x, int y, int w, int h) =>
        Assert.Equal(new PixelRegion(x, y, w, h), ImageRequestParser.Region(region, 1200, 800));

    [Theory]
    [InlineData("max", 1200, 800)]
    [InlineData("600,", 600, 400)]
    [InlineData(",200", 300, 200)]
    [InlineData("pct:25", 300, 200)]
    [InlineData("300,300", 300, 300)]
    [InlineData("!300,300", 300, 200)]
    [InlineData("!3000,3000", 1200, 800)]
    [InlineData("^!3000,3000", 3000, 2000)]
    [InlineData("^2400,", 2400, 1600)]
    [InlineData("^pct:150", 1800, 1200)]
    public void Sizes_follow_the_spec(string size, int w, int h) =>
        Assert.Equal((w, h), ImageRequestParser.Size(size, 1200, 800, Limits));

    [Fact]
    public void Max_stays_within_the_servers_limits() =>
        Assert.Equal((4096, 2730), ImageRequestParser.Size("max", 8660, 5773, Limits));

    [Theory]
    [InlineData("1300,0,10,10", "max", "0", "default.jpg", "outside")]
    [InlineData("0,0,0,10", "max", "0", "default.jpg", "no width")]
    [InlineData("nonsense", "max", "0", "default.jpg", "Region")]
    [InlineData("full", "2400,", "0", "default.jpg", "^")]
    [InlineData("full", "pct:150", "0", "default.jpg", "^")]
    [InlineData("full", "0,", "0", "default.jpg", "no pixels")]
    [InlineData("full", "!300,", "0", "default.jpg", "Size")]
    [InlineData("full", "^9000,", "0", "default.jpg", "limit")]
    [InlineData("full", "max", "400", "default.jpg", "360")]
    [InlineData("full", "max", "-90", "default.jpg", "not a number")]
    [InlineData("full", "max", "0", "sepia.jpg", "Quality")]
    [InlineData("full", "max", "0", "default.gif", "Format")]
    [InlineData("full", "max", "0", "default", "quality.format")]
    public void Invalid_parameters_are_refused_with_the_reason(string region, string size, string rotation, string qualityFormat, string said)
    {
        var e = Assert.Throws<InvalidImageRequestException>(() => ImageRequestParser.Parse(region, size, rotation, qualityFormat, 1200, 800, Limits));
        Assert.Contains(said, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mirroring_and_rotation_are_read_together()
    {
        var request = ImageRequestParser.Parse("full", "max", "!90", "gray.png", 1200, 800, Limits);
        Assert.True(request.Mirror);
        Assert.Equal(90, request.Rotation);
        Assert.Equal(("gray", "png"), (request.Quality, request.Format));
    }
}
