using System.Net;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Iiif;

/// <summary>IIIF collections (per organisation, paged, and of all organisations) and the schema validator itself.</summary>
public sealed class IiifCollectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collections_list_public_manifests_with_images_and_page_when_large()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:IiifPageSize=2");
        var museum = await depot.CreateOrganisationAsync("stadsmuseum", Ct);
        var archive = await depot.CreateOrganisationAsync("stadsarchief", Ct);
        var withImages = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            var o = await depot.CreatePublicObjectAsync(museum, $"S.{i}", $"Prent {i}", Ct);
            await IiifWorld.AddImageAsync(depot, museum, o, $"prent {i}", "", Ct);
            withImages.Add(o.Id);
        }
        await depot.CreatePublicObjectAsync(museum, "S.9", "Zonder beeld", Ct);
        var a = await depot.CreatePublicObjectAsync(archive, "A.1", "Plan van de stad", Ct);
        await IiifWorld.AddImageAsync(depot, archive, a, "plan", "", Ct);
        await depot.CatchUpAsync(Ct);

        var sector = await IiifWorld.JsonAsync(depot, "/iiif/collection", Ct);
        Assert.Equal([$"{depot.BaseUrl}/iiif/collection/stadsarchief", $"{depot.BaseUrl}/iiif/collection/stadsmuseum"],
            sector.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var top = await IiifWorld.JsonAsync(depot, "/iiif/collection/stadsmuseum", Ct);
        var pages = top.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal([$"{depot.BaseUrl}/iiif/collection/stadsmuseum/1", $"{depot.BaseUrl}/iiif/collection/stadsmuseum/2"], pages);
        var page1 = await IiifWorld.JsonAsync(depot, "/iiif/collection/stadsmuseum/1", Ct);
        var page2 = await IiifWorld.JsonAsync(depot, "/iiif/collection/stadsmuseum/2", Ct);
        var manifests = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(withImages.Select(id => $"{depot.BaseUrl}/iiif/object/{id}/manifest"), manifests.Select(m => m.GetProperty("id").GetString()));
        Assert.All(manifests, m => Assert.Equal("Manifest", m.GetProperty("type").GetString()));
        Assert.Equal("Prent 1", manifests[0].GetProperty("label").GetProperty("nl")[0].GetString());
        var small = await IiifWorld.JsonAsync(depot, "/iiif/collection/stadsarchief", Ct);
        Assert.Equal("Manifest", small.GetProperty("items")[0].GetProperty("type").GetString());

        var documents = new[] { sector, top, page1, page2, small }.Select(d => d.GetRawText());
        var result = await IiifWorld.ValidateAsync(documents, Ct);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await IiifWorld.GetAsync(depot, "/iiif/collection/stadsmuseum/3", Ct)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await IiifWorld.GetAsync(depot, "/iiif/collection/bestaat-niet", Ct)).Status);
    }

    [Fact]
    public async Task The_schema_validator_passes_good_fixtures_and_fails_every_broken_one()
    {
        var folder = Path.GetDirectoryName(ReferenceData.Require("iiif/fixtures/3/full_example.json"))!;
        var good = await IiifWorld.ValidateFilesAsync([Path.Combine(folder, "full_example.json"), Path.Combine(folder, "collection.json")], Ct);
        Assert.True(good.ExitCode == 0, good.ToString());
        var broken = Directory.GetFiles(folder, "broken_*.json");
        Assert.NotEmpty(broken);
        foreach (var file in broken)
        {
            var result = await IiifWorld.ValidateFilesAsync([file], Ct);
            Assert.True(result.ExitCode == 1, $"{Path.GetFileName(file)} passed the schema: {result}");
            Assert.Contains("\"valid\":false", result.Stdout, StringComparison.Ordinal);
        }
    }
}
