using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Support.HttpAssertions;

namespace Depot.Web.Tests.Api;

/// <summary>Agents, places, concepts and locations share the record endpoints: one walk through them per type.</summary>
public sealed class AuthorityApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Kinds => new()
    {
        { "agents", "{\"kind\":\"person\",\"name\":\"Rubens, Peter Paul\",\"birth\":{\"text\":\"1577\"}}", "name" },
        { "places", "{\"name\":\"Antwerpen\",\"latitude\":51.22,\"longitude\":4.4}", "name" },
        { "concepts", "{\"schemeId\":SCHEME,\"prefLabelNl\":\"schilderij\",\"exactMatches\":[\"http://vocab.getty.edu/aat/300033618\"]}", "prefLabelNl" },
        { "locations", "{\"kind\":\"building\",\"code\":\"D1\",\"name\":\"Depot Noord\"}", "name" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Authority_records_are_created_listed_changed_and_restored(string path, string json, string labelField)
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var body = json.Replace("SCHEME", org.SchemeId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var created = await (await client.PostAsync($"{org.Api}/{path}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        var original = created.GetProperty(labelField).GetString();

        var list = await (await client.GetAsync($"{org.Api}/{path}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));

        var changedJson = body.Replace(original!, "Gewijzigd", StringComparison.Ordinal);
        var put = new HttpRequestMessage(HttpMethod.Put, $"{org.Api}/{path}/{id}") { Content = new StringContent(changedJson, System.Text.Encoding.UTF8, "application/json") }
            .WithIfMatch("\"v1\"");
        Assert.Equal("Gewijzigd", (await (await client.SendAsync(put, Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty(labelField).GetString());

        var restored = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/{path}/{id}/restore/1", ifMatch: "\"v2\""), Ct);
        Assert.Equal(original, (await restored.JsonAsync(HttpStatusCode.OK)).GetProperty(labelField).GetString());
        var history = await (await client.GetAsync($"{org.Api}/{path}/{id}/history", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["restored", "updated", "created"], history.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task A_concept_outside_the_organisations_thesauri_is_a_422_field_error()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        var client = await app.SignInWithRoleAsync(a, OrganisationRole.Registrar, Ct);

        var response = await client.PostAsJsonAsync($"{a.Api}/concepts", new { schemeId = b.SchemeId, prefLabelNl = "kan" }, Ct);
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kies een thesaurus van deze organisatie.", problem.GetProperty("errors").GetProperty("scheme")[0].GetString());
    }

    [Fact]
    public async Task Concept_schemes_are_listed_and_created_per_organisation()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        await app.CreateOrganisationAsync("museum-b", Ct);
        var client = await app.SignInWithRoleAsync(a, OrganisationRole.Registrar, Ct);

        await (await client.PostAsJsonAsync($"{a.Api}/concept-schemes", new { titleNl = "Materialen", titleEn = "Materials" }, Ct)).JsonAsync(HttpStatusCode.Created);
        var schemes = await (await client.GetAsync($"{a.Api}/concept-schemes", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Materialen", "Objectnamen museum-a"], schemes.EnumerateArray().Select(s => s.GetProperty("titleNl").GetString()));
        var missing = await (await client.PostAsJsonAsync($"{a.Api}/concept-schemes", new { titleEn = "Only English" }, Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(missing.GetProperty("errors").TryGetProperty("titleNl", out _));
    }
}
