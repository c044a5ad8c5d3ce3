using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Support.HttpAssertions;

namespace Depot.Web.Tests.Api;

public sealed class ObjectApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Object_round_trip_create_read_change_read(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var created = await client.PostAsJsonAsync($"{org.Api}/objects", new
        {
            objectNumber = "2024.001",
            titles = new[] { new { text = "Portret van een vrouw", language = "nl", type = "preferred" } },
            dating = new { text = "ca. 1650" },
            dimensions = new[] { new { type = "hoogte", value = 45.5, unit = "cm", part = "" } },
        }, Ct);
        var body = await created.JsonAsync(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"{org.Api}/objects/{id}", created.Headers.Location?.ToString());
        Assert.Equal("\"v1\"", created.Headers.ETag?.ToString());
        Assert.Equal(1650, body.GetProperty("dating").GetProperty("earliest").GetInt32());
        Assert.Equal("circa", body.GetProperty("dating").GetProperty("precision").GetString());

        var read = await client.GetAsync($"{org.Api}/objects/{id}", Ct);
        var readBody = await read.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("\"v1\"", read.Headers.ETag?.ToString());
        Assert.Equal("2024.001", readBody.GetProperty("objectNumber").GetString());
        Assert.Equal("Portret van een vrouw", readBody.GetProperty("titles")[0].GetProperty("text").GetString());
        Assert.Equal(45.5m, readBody.GetProperty("dimensions")[0].GetProperty("value").GetDecimal());

        var changed = await client.SendAsync(Request(HttpMethod.Put, $"{org.Api}/objects/{id}",
            new { objectNumber = "2024.001", titles = new[] { new { text = "Portret van een dame" } } }, ifMatch: "\"v1\""), Ct);
        var changedBody = await changed.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, changedBody.GetProperty("version").GetInt32());
        Assert.Equal("\"v2\"", changed.Headers.ETag?.ToString());

        var reread = await (await client.GetAsync($"{org.Api}/objects/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Portret van een dame", reread.GetProperty("titles")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKindNull, reread.GetProperty("dating").ValueKind);
        Assert.StartsWith("Test", reread.GetProperty("updatedBy").GetString(), StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Stale_edit_is_refused_with_409_naming_who_changed_it(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var first = await app.SignInAsAsync(await app.CreateUserAsync(org, OrganisationRole.Registrar, Ct, displayName: "An Peeters"), Ct);
        var second = await app.SignInAsAsync(await app.CreateUserAsync(org, OrganisationRole.Registrar, Ct, displayName: "Jan Claes"), Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);

        var saved = await first.SendAsync(Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}", new { objectNumber = "A.1", shortDescription = "eerste" }, "\"v1\""), Ct);
        await saved.JsonAsync(HttpStatusCode.OK);
        // The second registrar read version 1 too and sends it as the body's version field.
        var stale = await second.SendAsync(Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}", new { objectNumber = "A.1", shortDescription = "tweede", version = 1 }), Ct);

        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("An Peeters", problem.GetProperty("changedBy").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("An Peeters bewaarde versie 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var current = await (await first.GetAsync($"{org.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("eerste", current.GetProperty("shortDescription").GetString());
    }

    [Fact]
    public async Task Change_without_If_Match_or_version_is_refused_with_428()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.OrganisationAdmin, Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);

        var put = await client.PutAsJsonAsync($"{org.Api}/objects/{o.Id}", new { objectNumber = "A.1" }, Ct);
        Assert.Contains("If-Match", (await put.ProblemAsync(HttpStatusCode.PreconditionRequired)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var delete = await client.DeleteAsync($"{org.Api}/objects/{o.Id}", Ct);
        await delete.ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.GetAsync($"{org.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task History_lists_versions_and_restore_brings_an_old_version_back()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);
        await (await client.SendAsync(Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}",
            new { objectNumber = "A.1", titles = new[] { new { text = "Kruik" } } }, "\"v1\""), Ct)).JsonAsync(HttpStatusCode.OK);

        var history = await (await client.GetAsync($"{org.Api}/objects/{o.Id}/history", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([2, 1], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("updated", history[0].GetProperty("change").GetString());
        Assert.Contains("titles", history[0].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));

        var v1 = await (await client.GetAsync($"{org.Api}/objects/{o.Id}/history/1", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Kan", v1.GetProperty("record").GetProperty("titles")[0].GetProperty("text").GetString());
        await (await client.GetAsync($"{org.Api}/objects/{o.Id}/history/9", Ct)).ProblemAsync(HttpStatusCode.NotFound);

        var stale = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/objects/{o.Id}/restore/1", ifMatch: "\"v1\""), Ct);
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var restored = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/objects/{o.Id}/restore/1", ifMatch: "\"v2\""), Ct);
        var body = await restored.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, body.GetProperty("version").GetInt32());
        Assert.Equal("Kan", body.GetProperty("titles")[0].GetProperty("text").GetString());
        var after = await (await client.GetAsync($"{org.Api}/objects/{o.Id}/history", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("restored", after[0].GetProperty("change").GetString());
    }

    [Fact]
    public async Task Validation_errors_are_422_in_Dutch_by_default_and_English_on_request()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var invalid = new { objectNumber = "", numberOfParts = 0, dating = new { text = "ergens lang geleden" } };

        var dutch = await (await client.PostAsJsonAsync($"{org.Api}/objects", invalid, Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("niet leesbaar", dutch.GetProperty("errors").GetProperty("dating")[0].GetString(), StringComparison.Ordinal);

        var datingFixed = invalid with { dating = new { text = "1650" } };
        var dutchFields = await (await client.PostAsJsonAsync($"{org.Api}/objects", datingFixed, Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Vul een objectnummer in", dutchFields.GetProperty("errors").GetProperty("objectNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Het aantal delen is minstens 1.", dutchFields.GetProperty("errors").GetProperty("numberOfParts")[0].GetString());

        var english = new HttpRequestMessage(HttpMethod.Post, $"{org.Api}/objects") { Content = JsonContent.Create(datingFixed) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishFields = await (await client.SendAsync(english, Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Enter an object number", englishFields.GetProperty("errors").GetProperty("objectNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Some fields need attention", englishFields.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unknown_sort_or_publication_value_is_a_422_naming_the_choices()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var problem = await (await client.GetAsync($"{org.Api}/objects?sort=kleur&publication=geheim", Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("objectNumber", problem.GetProperty("errors").GetProperty("sort")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("public", problem.GetProperty("errors").GetProperty("publication")[0].GetString(), StringComparison.Ordinal);
    }
}
