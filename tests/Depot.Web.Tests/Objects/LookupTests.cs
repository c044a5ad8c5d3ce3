using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Objects;

public sealed class LookupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Concepts_match_by_prefix_first_then_contains_in_both_languages_and_alt_labels_for_the_fields_purpose(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var org = await app.CreateOrganisationAsync("museum-zoek", Ct);
        var materials = await ObjectFormTests.SchemeAsync(app, org, "Materialen", ThesaurusPurpose.Material);
        var techniques = await ObjectFormTests.SchemeAsync(app, org, "Technieken", ThesaurusPurpose.Technique);
        await ConceptAsync(app, org, materials, "geelkoper", "brass");
        await ConceptAsync(app, org, materials, "koper", "copper", "roodkoper");
        await ConceptAsync(app, org, materials, "zilver", "silver", "Ag");
        await ConceptAsync(app, org, techniques, "kopergravure", "copper engraving");
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var html = await client.GetStringAsync($"/o/{org.Slug}/opzoeken/concept?q=kop&purpose=Material&key=materials-0", Ct);
        Assert.Equal(["koper", "geelkoper"], Labels(html));
        Assert.Contains("id=\"materials-0-opt-0\"", html, StringComparison.Ordinal);

        html = await client.GetStringAsync($"/o/{org.Slug}/opzoeken/concept?q=silv&purpose=Material", Ct);
        Assert.Equal(["zilver"], Labels(html));
        html = await client.GetStringAsync($"/o/{org.Slug}/opzoeken/concept?q=roodk&purpose=Material", Ct);
        Assert.Equal(["koper"], Labels(html));

        // No technique is called "zilver": the picker falls back to every thesaurus and says so.
        html = await client.GetStringAsync($"/o/{org.Slug}/opzoeken/concept?q=zilv&purpose=Technique", Ct);
        Assert.Equal(["zilver"], Labels(html));
        Assert.Contains("picker-note", html, StringComparison.Ordinal);

        // A viewer is not offered "create".
        Assert.DoesNotContain("data-create", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Lookup_answers_only_from_the_organisation_of_the_route(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        await app.CreateAgentAsync(a, "Rubens, Peter Paul", Ct);
        await app.CreateAgentAsync(b, "Rubens, Albert", Ct);
        await app.CreatePlaceAsync(b, "Antwerpen", Ct);
        await app.CreateLocationAsync(b, "Depot B", Ct);
        await app.CreateConceptAsync(b, "brons", Ct);
        var client = await app.SignInWithRoleAsync(a, OrganisationRole.Registrar, Ct);

        var html = await client.GetStringAsync($"/o/{a.Slug}/opzoeken/agent?q=rubens", Ct);
        Assert.Equal(["Rubens, Peter Paul"], Labels(html));
        foreach (var (kind, q) in new[] { ("place", "antw"), ("location", "depot"), ("concept", "brons") })
            Assert.Empty(Labels(await client.GetStringAsync($"/o/{a.Slug}/opzoeken/{kind}?q={q}", Ct)));

        var other = await client.GetAsync($"/o/{b.Slug}/opzoeken/agent?q=rubens", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var unknownKind = await client.GetAsync($"/o/{a.Slug}/opzoeken/boek?q=x", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
    }

    [Fact]
    public async Task Create_from_the_picker_makes_the_term_in_the_fields_thesaurus_and_answers_it()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-maak", Ct);
        var techniques = await ObjectFormTests.SchemeAsync(app, org, "Technieken", ThesaurusPurpose.Technique);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var token = await TokenAsync(client, $"/o/{org.Slug}/objecten/nieuw", Ct);

        var html = await client.GetStringAsync($"/o/{org.Slug}/opzoeken/concept?q=kopergravure&purpose=Technique", Ct);
        Assert.Contains("‘kopergravure’ toevoegen als nieuwe term in Technieken", WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var response = await client.PostAsync($"/o/{org.Slug}/opzoeken/concept?purpose=Technique&handler=Create",
            new FormUrlEncodedContent([new("q", "kopergravure"), new("__RequestVerificationToken", token)]), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var made = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("kopergravure", made.GetProperty("label").GetString());
        var concept = await app.Service<RecordStore>().GetAsync<Concept>(org.Id, made.GetProperty("id").GetInt64(), Ct);
        Assert.Equal(techniques, concept.SchemeId);

        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var viewerToken = await TokenAsync(viewer, $"/o/{org.Slug}/objecten", Ct);
        var refused = await viewer.PostAsync($"/o/{org.Slug}/opzoeken/agent?handler=Create",
            new FormUrlEncodedContent([new("q", "Iemand"), new("__RequestVerificationToken", viewerToken)]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task ConceptAsync(DepotApp app, TestOrganisation org, long scheme, string nl, string en, params string[] alt) =>
        await app.Service<RecordStore>().CreateAsync(org.Id,
            new Concept { SchemeId = scheme, PrefLabelNl = nl, PrefLabelEn = en, AltLabels = [.. alt] }, Actor.System, Ct);

    private static List<string> Labels(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "data-label=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
