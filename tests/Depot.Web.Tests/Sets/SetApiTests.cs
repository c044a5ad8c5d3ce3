using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Sets;

public sealed class SetApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Werkset_is_filled_by_a_search_paged_exported_and_deleted()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-sets", Ct);
        for (var i = 1; i <= 3; i++) await app.CreateObjectAsync(org, $"K.{i}", $"Kaart van Vlaanderen, \"blad\" {i}", Ct);
        await app.CreateObjectAsync(org, "S.1", "Schilderij met molen", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var created = await (await client.PostAsJsonAsync($"{org.Api}/sets", new { name = "Kaarten voor de zomer", description = "Tentoonstelling 2027" }, Ct))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        var added = await (await client.PostAsJsonAsync($"{org.Api}/sets/{id}/objects", new { query = new { q = "kaart" } }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 3), (added.GetProperty("changed").GetInt64(), added.GetProperty("count").GetInt64()));

        var page = await (await client.GetAsync($"{org.Api}/sets/{id}/objects?take=2", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        Assert.Equal(["K.1", "K.2"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("objectNumber").GetString()));

        var csv = await client.GetAsync($"{org.Api}/sets/{id}/export.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 1) lines = lines[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("objectnummer,objectnaam,titel", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains("K.2,,\"Kaart van Vlaanderen, \"\"blad\"\" 2\"", lines[2], StringComparison.Ordinal);

        var renamed = await (await client.PutAsJsonAsync($"{org.Api}/sets/{id}", new { name = "Kaarten" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Kaarten", renamed.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{org.Api}/sets/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{org.Api}/sets/{id}", Ct)).StatusCode);
        Assert.Equal(4, (await (await client.GetAsync($"{org.Api}/objects", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Batch_edit_runs_in_the_background_and_is_undone()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-batch", Ct);
        var ids = new List<long>();
        for (var i = 1; i <= 5; i++) ids.Add((await app.CreateObjectAsync(org, $"B.{i}", $"Beeld {i}", Ct)).Id);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var set = (await (await client.PostAsJsonAsync($"{org.Api}/sets", new { name = "Publiceren" }, Ct)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await client.PostAsJsonAsync($"{org.Api}/sets/{set}/objects", new { objectIds = ids }, Ct);

        var started = await client.PostAsJsonAsync($"{org.Api}/batch-edits", new { setId = set, field = "publicationStatus", operation = "set", value = "Public" }, Ct);
        var batch = await started.JsonAsync(HttpStatusCode.Accepted);
        var url = started.Headers.Location!.ToString();
        Assert.Equal(5, batch.GetProperty("total").GetInt64());

        var done = await WaitForAsync(client, url, "done");
        Assert.Equal(5, done.GetProperty("changed").GetInt64());
        var records = app.Service<RecordStore>();
        Assert.Equal(PublicationStatus.Public, (await records.GetAsync<CollectionObject>(org.Id, ids[0], Ct)).PublicationStatus);

        var undo = await client.PostAsJsonAsync($"{url}/undo", new { }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, undo.StatusCode);
        var undone = await WaitForAsync(client, url, "undone");
        Assert.Equal(5, undone.GetProperty("undone").GetInt64());
        var restored = await records.GetAsync<CollectionObject>(org.Id, ids[0], Ct);
        Assert.Equal((PublicationStatus.Internal, 3), (restored.PublicationStatus, restored.Version));

        var again = await (await client.PostAsJsonAsync($"{url}/undo", new { }, Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("ongedaan", again.GetRawText(), StringComparison.Ordinal);
        var list = await (await client.GetAsync($"{org.Api}/batch-edits", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("undone", Assert.Single(list.EnumerateArray()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Viewer_may_read_sets_but_not_start_a_batch_edit()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-lezer", Ct);
        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{org.Api}/sets", Ct)).StatusCode);
        var refused = await viewer.PostAsJsonAsync($"{org.Api}/batch-edits", new { setId = 1, field = "material", operation = "add", value = "1" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"{org.Api}/sets", new { name = "x" }, Ct)).StatusCode);
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string url, string state)
    {
        for (var i = 0; i < 600; i++)
        {
            var batch = await (await client.GetAsync(url, Ct)).JsonAsync(HttpStatusCode.OK);
            if (batch.GetProperty("state").GetString() == state) return batch;
            await Task.Delay(200, Ct);
        }
        throw new TimeoutException($"The batch never reached {state}.");
    }
}
