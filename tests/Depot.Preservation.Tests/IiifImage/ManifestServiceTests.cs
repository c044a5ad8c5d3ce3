using System.Text.Json.Nodes;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.IiifImage;

public sealed class ManifestServiceTests
{
    [Fact]
    public async Task The_manifest_paints_a_depot_image_through_its_image_service()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var o = await depot.CreateObjectAsync(org, "2024.030", PublicationStatus.Public, ct);
        var image = await depot.AddImageAsync(o, TestPictures.Quadrants(), ct);
        await depot.SettledAsync(image.FileId!.Value, ct);
        using var http = depot.Client();

        var manifest = JsonNode.Parse(await http.GetStringAsync($"/iiif/object/{o.Id}/manifest", ct))!;

        var body = manifest["items"]![0]!["items"]![0]!["items"]![0]!["body"]!;
        var service = depot.BaseUrl + $"/iiif/3/{image.FileId}";
        Assert.Equal(service + "/full/max/0/default.jpg", (string?)body["id"]);
        Assert.Equal("image/jpeg", (string?)body["format"]);
        Assert.Equal(service, (string?)body["service"]![0]!["id"]);
        Assert.Equal("ImageService3", (string?)body["service"]![0]!["type"]);
        Assert.Equal("level2", (string?)body["service"]![0]!["profile"]);
        Assert.Equal((1200, 800), ((int)manifest["items"]![0]!["width"]!, (int)manifest["items"]![0]!["height"]!));
        // The painted image itself is there.
        using var full = await http.GetAsync((string?)body["id"], ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, full.StatusCode);
        // Nothing else of the depot file is public: not its checksum, not its name in the depot.
        var text = manifest.ToJsonString();
        Assert.DoesNotContain(image.Sha256, text, StringComparison.Ordinal);
        Assert.StartsWith(service + "/full/", (string?)manifest["thumbnail"]![0]!["id"], StringComparison.Ordinal);

        // Still valid IIIF Presentation 3.0 with the service in it.
        var (valid, output) = await IiifSchema.ValidateAsync(text, ct);
        Assert.True(valid, output);
    }
}
