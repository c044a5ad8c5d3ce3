using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Authorities;

public sealed class ThesaurusImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Turtle = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://example.org/m> a skos:ConceptScheme ; skos:prefLabel "Materialen (web)"@nl .
        <https://example.org/m/1> a skos:Concept ; skos:inScheme <https://example.org/m> ; skos:prefLabel "hout"@nl-BE, "wood"@en .
        <https://example.org/m/2> a skos:Concept ; skos:inScheme <https://example.org/m> ; skos:prefLabel "eik"@nl ; skos:broader <https://example.org/m/1> .
        <https://example.org/m/3> a skos:Concept ; skos:inScheme <https://example.org/m> ; skos:broader <https://example.org/m/404> ; skos:prefLabel "x"@nl .
        """;

    private static StringContent Body(string text, string type) => new(text, Encoding.UTF8, new MediaTypeHeaderValue(type));

    [Fact]
    public async Task Api_import_reports_figures_and_a_second_import_changes_nothing()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var first = await (await client.PostAsync($"{org.Api}/concept-schemes/import?purpose=material", Body(Turtle, "text/turtle"), Ct)).JsonAsync(HttpStatusCode.OK);
        var second = await (await client.PostAsync($"{org.Api}/concept-schemes/import", Body(Turtle, "text/turtle"), Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, first.GetProperty("created").GetInt32());
        Assert.Equal("Materialen (web)", first.GetProperty("schemeTitle").GetString());
        Assert.Equal("broader.unknown", Assert.Single(first.GetProperty("warnings").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal((0, 0, 3), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        var schemes = await (await client.GetAsync($"{org.Api}/concept-schemes", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(schemes.EnumerateArray(), s => s.GetProperty("titleNl").GetString() == "Materialen (web)" && s.GetProperty("purpose").GetString() == "material");
    }

    [Fact]
    public async Task Api_import_refuses_bad_input_clearly()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";

        await (await client.PostAsync($"{org.Api}/concept-schemes/import", Body("{}", "application/json"), Ct)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var broken = await (await client.PostAsync($"{org.Api}/concept-schemes/import", Body("<https://e.org/a> <https://e.org/p> \"open\n", "text/turtle"), Ct))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var dtd = await (await client.PostAsync($"{org.Api}/concept-schemes/import", Body(xxe, "application/rdf+xml"), Ct)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("regel 1", broken.ToString(), StringComparison.Ordinal);
        Assert.Contains("DTD", dtd.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheme_purpose_is_set_through_the_api()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var created = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/concept-schemes",
            new { titleNl = "Technieken", purpose = "technique" }), Ct)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        var updated = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Put, $"{org.Api}/concept-schemes/{id}",
            new { titleNl = "Toestanden", purpose = "condition" }), Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("technique", created.GetProperty("purpose").GetString());
        Assert.Equal(("Toestanden", "condition"), (updated.GetProperty("titleNl").GetString(), updated.GetProperty("purpose").GetString()));
    }
}
