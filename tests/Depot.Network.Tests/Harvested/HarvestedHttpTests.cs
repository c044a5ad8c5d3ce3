using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;
using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Depot.Storage.Sets;
using Depot.Publishing.Tests.LinkedData;
using Depot.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Harvested;

/// <summary>Harvested objects over HTTP: read-only on every write path, provenance on the object page, the portal and in the linked data.</summary>
public sealed class HarvestedHttpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_harvested_object_is_read_only_on_the_edit_page_the_api_and_batch_edit_and_shows_its_provenance()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (org, source, id) = await HarvestOneAsync(app);
        var registrar = await app.SignInWithRoleAsync(org, OrganisationRole.OrganisationAdmin, Ct);

        var page = await registrar.GetStringAsync($"/o/{org.Slug}/objecten/{id}", Ct);
        Assert.Contains("id=\"read-only-notice\"", page, StringComparison.Ordinal);
        Assert.Contains(source.Name, page, StringComparison.Ordinal);
        Assert.Contains(source.Url, page, StringComparison.Ordinal);
        Assert.Contains("DE-Mb112/lido-obj00154983", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-link\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", page, StringComparison.Ordinal);

        var edit = await registrar.GetAsync($"/o/{org.Slug}/objecten/{id}/bewerken", Ct);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("geoogst uit ‘MSK Gent LDES’ en is alleen-lezen", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var (_, secret) = await app.CreateTokenAsync(org, OrganisationRole.OrganisationAdmin, Ct);
        var api = app.TokenClient(secret);
        var got = await api.GetAsync($"{org.Api}/objects/{id}", Ct);
        got.EnsureSuccessStatusCode();
        var json = await got.Content.ReadAsStringAsync(Ct);
        var put = new HttpRequestMessage(HttpMethod.Put, $"{org.Api}/objects/{id}") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(got.Headers.ETag!);
        var update = await api.SendAsync(put, Ct);
        await AssertReadOnlyProblemAsync(update);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{org.Api}/objects/{id}");
        delete.Headers.IfMatch.Add(got.Headers.ETag!);
        await AssertReadOnlyProblemAsync(await api.SendAsync(delete, Ct));

        var set = await app.Service<SetStore>().CreateAsync(org.Id, "Geoogst", "", new Depot.Storage.Records.Actor(null, "test"), Ct);
        await app.Service<SetStore>().AddAsync(org.Id, set.Id, [id], Ct);
        var batch = await api.PostAsJsonAsync($"{org.Api}/batch-edits", new { setId = set.Id, field = "numberOfParts", operation = "set", value = "3" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, batch.StatusCode);
        Assert.Contains("geoogste objecten (uit MSK Gent LDES)", await batch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await using var db = app.Service<DepotDatabase>().CreateContext();
        var stored = await db.Objects.AsNoTracking().SingleAsync(o => o.Id == id, Ct);
        Assert.Equal((1, false, (int?)null), (stored.Version, stored.IsDeleted, stored.NumberOfParts));
    }

    [Fact]
    public async Task The_portal_and_the_linked_data_of_a_harvested_object_name_its_source()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (_, source, id) = await HarvestOneAsync(app);
        await app.Service<PublicationProjector>().CatchUpAsync(Ct);
        var visitor = app.Anonymous();

        var portal = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/doc/object/{id}", Ct));
        Assert.Contains("id=\"portal-source\"", portal, StringComparison.Ordinal);
        Assert.Contains("MSK Gent LDES", portal, StringComparison.Ordinal);

        var jsonLd = await visitor.GetStringAsync($"/doc/object/{id}.jsonld", Ct);
        using var doc = JsonDocument.Parse(jsonLd);
        Assert.Contains("prov:wasDerivedFrom", jsonLd, StringComparison.Ordinal);
        Assert.Contains("DE-Mb112/lido-obj00154983", jsonLd, StringComparison.Ordinal);
        Assert.Contains(source.Url, jsonLd, StringComparison.Ordinal);
        Assert.Contains("prov:generatedAtTime", jsonLd, StringComparison.Ordinal);
        var turtle = await visitor.GetStringAsync($"/doc/object/{id}.ttl", Ct);
        Assert.Contains("prov:wasDerivedFrom", turtle, StringComparison.Ordinal);
        Assert.Contains($"<{source.Url}>", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provenance_keeps_the_JSON_LD_equal_to_the_Turtle_and_raises_no_SHACL_result_of_its_own()
    {
        RdfChecks.OsloFolder();
        await using var app = await DepotApp.StartAsync(Ct);
        var (_, _, id) = await HarvestOneAsync(app);
        await app.Service<PublicationProjector>().CatchUpAsync(Ct);
        var visitor = app.Anonymous();
        var jsonld = await RdfChecks.SaveAsync(await visitor.GetStringAsync($"/doc/object/{id}.jsonld", Ct), "jsonld", Ct);
        var turtle = await RdfChecks.SaveAsync(await visitor.GetStringAsync($"/doc/object/{id}.ttl", Ct), "ttl", Ct);

        var (equal, count, output) = await RdfChecks.EqualAsync(jsonld, turtle, Ct);
        var report = await RdfChecks.ShaclAsync(jsonld, Ct);

        Assert.True(equal, output);
        Assert.True(count >= 10, output);
        Assert.DoesNotContain(report.Results, r => r.Contains("prov#", StringComparison.Ordinal) || r.Contains("dc/terms/source", StringComparison.Ordinal)
            || r.Contains("dc/terms/identifier", StringComparison.Ordinal));
    }

    private static async Task AssertReadOnlyProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("MSK Gent LDES", problem.RootElement.GetProperty("source").GetString());
        Assert.Contains("alleen-lezen", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Registers a source and harvests the first LIDO example through the app's own registered sink.</summary>
    private static async Task<(TestOrganisation Org, HarvestSource Source, long ObjectId)> HarvestOneAsync(DepotApp app)
    {
        var org = await app.CreateOrganisationAsync("msk-gent", Ct);
        var source = new HarvestSource
        {
            OrganisationId = org.Id, Name = "MSK Gent LDES", Kind = HarvestSourceKind.Ldes, Url = "https://data.mskgent.be/ldes",
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        await using (var db = app.Service<DepotDatabase>().CreateContext())
        {
            db.HarvestSources.Add(source);
            await db.SaveChangesAsync(Ct);
        }
        var sink = app.Service<IHarvestSink>();
        Assert.IsType<HarvestSink>(sink);
        var record = HarvestWorld.LidoRecords()[0];
        var outcome = await sink.WriteAsync(source, HarvestWorld.Page([record], "s1"), Ct);
        Assert.Equal(1, outcome.Added);
        await using var read = app.Service<DepotDatabase>().CreateContext();
        return (org, source, await read.HarvestedRecords.Where(h => h.SourceId == source.Id).Select(h => h.ObjectId).SingleAsync(Ct));
    }
}
