using System.Net;
using System.Text.Json.Nodes;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.IiifImage;

/// <summary>The IIIF Image API over real HTTP, on a 1200 × 800 picture in four coloured quadrants.</summary>
public sealed class ImageApiTests
{
    private static async Task<(ImageDepot Depot, string Service)> PublicImageAsync(CancellationToken ct)
    {
        var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var o = await depot.CreateObjectAsync(org, "2024.010", PublicationStatus.Public, ct);
        var image = await depot.AddImageAsync(o, TestPictures.Quadrants(), ct);
        await depot.SettledAsync(image.FileId!.Value, ct);
        return (depot, $"/iiif/3/{image.FileId}");
    }

    [Fact]
    public async Task Info_json_describes_a_level_2_service_with_tiles_and_sizes()
    {
        var ct = TestContext.Current.CancellationToken;
        var (depot, service) = await PublicImageAsync(ct);
        await using var _ = depot;
        using var http = depot.Client();

        using var response = await http.GetAsync(service + "/info.json", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("level2.json", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        var info = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        Assert.Equal("http://iiif.io/api/image/3/context.json", (string?)info["@context"]);
        Assert.Equal(depot.BaseUrl + service, (string?)info["id"]);
        Assert.Equal("ImageService3", (string?)info["type"]);
        Assert.Equal("http://iiif.io/api/image", (string?)info["protocol"]);
        Assert.Equal("level2", (string?)info["profile"]);
        Assert.Equal((1200, 800), ((int)info["width"]!, (int)info["height"]!));
        Assert.Equal(256, (int)info["tiles"]![0]!["width"]!);
        Assert.Equal([1, 2, 4, 8], info["tiles"]![0]!["scaleFactors"]!.AsArray().Select(n => (int)n!));
        var sizes = info["sizes"]!.AsArray().Select(s => ((int)s!["width"]!, (int)s["height"]!)).ToList();
        Assert.Equal((150, 100), sizes[0]);
        Assert.Equal((1200, 800), sizes[^1]);
        Assert.Contains("webp", info["extraFormats"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("mirroring", info["extraFeatures"]!.AsArray().Select(n => (string?)n));

        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(depot.BaseUrl) };
        using var redirect = await raw.GetAsync(service, ct);
        Assert.Equal(HttpStatusCode.SeeOther, redirect.StatusCode);
        Assert.EndsWith(service + "/info.json", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("full/max/0/default.png", 1200, 800, 10, 10, "red")]
    [InlineData("full/300,/0/default.png", 300, 200, 290, 190, "yellow")]
    [InlineData("0,0,600,400/max/0/default.png", 600, 400, 590, 390, "red")]
    [InlineData("600,0,600,400/,100/0/color.png", 150, 100, 5, 5, "green")]
    [InlineData("pct:50,50,50,50/pct:50/0/default.png", 300, 200, 150, 100, "yellow")]
    [InlineData("square/!200,200/0/default.png", 200, 200, 10, 190, "blue")]
    [InlineData("full/!300,300/0/default.png", 300, 200, 10, 190, "blue")]
    [InlineData("0,400,100,100/^200,200/0/default.png", 200, 200, 100, 100, "blue")]
    [InlineData("full/300,/90/default.png", 200, 300, 10, 10, "blue")]
    [InlineData("full/300,/180/default.png", 300, 200, 10, 10, "yellow")]
    [InlineData("full/300,/270/default.png", 200, 300, 10, 10, "green")]
    [InlineData("full/300,/!0/default.png", 300, 200, 10, 10, "green")]
    [InlineData("full/300,/!90/default.png", 200, 300, 10, 10, "yellow")] // mirrored first, then rotated
    [InlineData("1100,700,256,256/max/0/default.jpg", 100, 100, 50, 50, "yellow")]
    [InlineData("512,0,512,512/256,/0/default.webp", 256, 256, 200, 10, "green")]
    public async Task Regions_sizes_and_rotations_give_the_right_pixels(string request, int width, int height, int x, int y, string colour)
    {
        var ct = TestContext.Current.CancellationToken;
        var (depot, service) = await PublicImageAsync(ct);
        await using var _ = depot;
        using var http = depot.Client();

        using var response = await http.GetAsync($"{service}/{request}", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (pixel, w, h, _) = TestPictures.Probe(await response.Content.ReadAsByteArrayAsync(ct), x, y);
        Assert.Equal((width, height), (w, h));
        var expected = colour switch { "red" => TestPictures.Red, "green" => TestPictures.Green, "blue" => TestPictures.Blue, _ => TestPictures.Yellow };
        Assert.True(TestPictures.Near(pixel, expected), $"{request} at ({x}, {y}) is {string.Join(",", pixel)}, expected {colour}");
    }

    [Fact]
    public async Task Gray_and_bitonal_qualities_have_one_band()
    {
        var ct = TestContext.Current.CancellationToken;
        var (depot, service) = await PublicImageAsync(ct);
        await using var _ = depot;
        using var http = depot.Client();

        var gray = TestPictures.Probe(await http.GetByteArrayAsync($"{service}/full/300,/0/gray.png", ct), 10, 10);
        var bitonal = TestPictures.Probe(await http.GetByteArrayAsync($"{service}/full/300,/0/bitonal.png", ct), 290, 190);

        Assert.Equal(1, gray.Bands);
        Assert.InRange(gray.Pixel[0], 90, 160); // red is a middle grey (L* 53)
        Assert.Equal(1, bitonal.Bands);
        Assert.Equal(255, bitonal.Pixel[0]); // yellow is light
    }

    [Theory]
    [InlineData("full/max/0/default.gif", "Format")]
    [InlineData("5000,0,10,10/max/0/default.jpg", "outside")]
    [InlineData("full/2400,/0/default.jpg", "upscale")]
    [InlineData("full/max/abc/default.jpg", "rotation")]
    [InlineData("full/max/0/sepia.jpg", "Quality")]
    [InlineData("full/0,/0/default.jpg", "no pixels")]
    public async Task Invalid_parameters_answer_400_with_the_reason(string request, string said)
    {
        var ct = TestContext.Current.CancellationToken;
        var (depot, service) = await PublicImageAsync(ct);
        await using var _ = depot;
        using var http = depot.Client();

        using var response = await http.GetAsync($"{service}/{request}", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(said, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tile_is_cacheable_and_revalidates_with_its_etag()
    {
        var ct = TestContext.Current.CancellationToken;
        var (depot, service) = await PublicImageAsync(ct);
        await using var _ = depot;
        using var http = depot.Client();

        using var first = await http.GetAsync($"{service}/0,0,512,512/256,/0/default.jpg", ct);
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType!.MediaType);
        Assert.True(first.Headers.CacheControl!.Public);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{service}/0,0,512,512/256,/0/default.jpg");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await http.SendAsync(again, ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        using var unknown = await http.GetAsync("/iiif/3/987654/info.json", ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
