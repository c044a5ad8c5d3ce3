using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;

namespace Depot.Network.Tests.Sources;

public sealed class SourcesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task Sources_are_registered_changed_with_their_version_harvested_and_removed_over_the_api()
    {
        await using var app = new SourcesWebApp();
        var org = await app.OrganisationAsync("stadsmuseum", Ct);
        var admin = await app.SignInAsync(org, OrganisationRole.OrganisationAdmin, Ct);
        const string api = "/api/v1/organisations/stadsmuseum/sources";

        var invalid = await Json(await admin.PostAsJsonAsync(api, new { name = "OAI", kind = "oai-pmh", url = "https://oai.example.be/oai", metadataFormat = "marc" }, Ct),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Kies als formaat lido of edm of oai_dc", invalid.GetProperty("errors").GetProperty("metadataFormat")[0].GetString());

        var created = await admin.PostAsJsonAsync(api, new { name = "OAI", kind = "oai-pmh", url = "https://oai.example.be/oai", metadataFormat = "edm", setSpec = "schilderijen" }, Ct);
        var source = await Json(created, HttpStatusCode.Created);
        var id = source.GetProperty("id").GetInt64();
        Assert.Equal("\"v1\"", created.Headers.ETag?.Tag);
        Assert.Equal(("oai-pmh", "edm", 1440), (source.GetProperty("kind").GetString(), source.GetProperty("metadataFormat").GetString(), source.GetProperty("intervalMinutes").GetInt32()));

        await Json(await admin.SendAsync(Put($"{api}/{id}", new { intervalMinutes = 120 }, null), Ct), HttpStatusCode.PreconditionRequired);
        var changed = await Json(await admin.SendAsync(Put($"{api}/{id}", new { intervalMinutes = 120 }, "\"v1\""), Ct), HttpStatusCode.OK);
        Assert.Equal((120, 2, "edm"), (changed.GetProperty("intervalMinutes").GetInt32(), changed.GetProperty("version").GetInt32(), changed.GetProperty("metadataFormat").GetString()));
        var stale = await Json(await admin.SendAsync(Put($"{api}/{id}", new { name = "Ander" }, "\"v1\""), Ct), HttpStatusCode.Conflict);
        Assert.Contains("versie 2", stale.GetProperty("detail").GetString());

        var ldes = await Json(await admin.PostAsJsonAsync(api, new { name = "LDES", kind = "ldes", url = "https://ldes.example.be/" }, Ct), HttpStatusCode.Created);
        app.Harvester.Pages.Add(["+a", "+b"]);
        var started = await admin.PostAsJsonAsync($"{api}/{ldes.GetProperty("id").GetInt64()}/harvest", new { }, Ct);
        await Json(started, HttpStatusCode.Accepted);
        JsonElement job;
        var tries = 0;
        do
        {
            await Task.Delay(200, Ct);
            job = await Json(await admin.GetAsync(started.Headers.Location, Ct), HttpStatusCode.OK);
        } while (job.GetProperty("state").GetString() != "Succeeded" && ++tries < 150);
        var run = job.GetProperty("run");
        Assert.Equal(("Succeeded", 2L, 1), (run.GetProperty("outcome").GetString(), run.GetProperty("added").GetInt64(), run.GetProperty("pages").GetInt32()));
        var runs = await Json(await admin.GetAsync($"{api}/{ldes.GetProperty("id").GetInt64()}/runs", Ct), HttpStatusCode.OK);
        Assert.Equal(1, runs.GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{api}/{id}", Ct)).StatusCode);
        await Json(await admin.GetAsync($"{api}/{id}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_organisation_admins_write_and_another_organisation_gets_404()
    {
        await using var app = new SourcesWebApp();
        var ours = await app.OrganisationAsync("ons-museum", Ct);
        await app.OrganisationAsync("hun-archief", Ct);
        var admin = await app.SignInAsync(ours, OrganisationRole.OrganisationAdmin, Ct);
        var id = (await Json(await admin.PostAsJsonAsync("/api/v1/organisations/ons-museum/sources",
            new { name = "Stroom", kind = "ldes", url = "https://x.example.be/ldes" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetInt64();

        var registrar = await app.SignInAsync(ours, OrganisationRole.Registrar, Ct);
        Assert.Equal(1, (await Json(await registrar.GetAsync("/api/v1/organisations/ons-museum/sources", Ct), HttpStatusCode.OK)).GetArrayLength());
        await Json(await registrar.PostAsJsonAsync("/api/v1/organisations/ons-museum/sources", new { name = "X", kind = "ldes", url = "https://y.example.be/" }, Ct), HttpStatusCode.Forbidden);
        await Json(await registrar.PostAsJsonAsync($"/api/v1/organisations/ons-museum/sources/{id}/harvest", new { }, Ct), HttpStatusCode.Forbidden);

        var theirAdmin = await app.SignInAsync(await app.OrganisationAsync("derde", Ct), OrganisationRole.OrganisationAdmin, Ct);
        await Json(await theirAdmin.GetAsync($"/api/v1/organisations/ons-museum/sources/{id}", Ct), HttpStatusCode.NotFound);
        // Through its own organisation's route the source does not exist either: it cannot be harvested, changed or removed there.
        await Json(await theirAdmin.GetAsync($"/api/v1/organisations/derde/sources/{id}", Ct), HttpStatusCode.NotFound);
        await Json(await theirAdmin.PostAsJsonAsync($"/api/v1/organisations/derde/sources/{id}/harvest", new { }, Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await theirAdmin.DeleteAsync($"/api/v1/organisations/derde/sources/{id}", Ct)).StatusCode);
    }
}
