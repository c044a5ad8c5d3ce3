using System.IO.Compression;
using System.Net;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Records;

namespace Depot.Publishing.Tests.LinkedData;

public sealed class LinkedDataRouteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One document path (<c>{type}/{key}</c>) for each type of persistent URI.</summary>
    internal static IEnumerable<string> Documents(LinkedDataWorld w) =>
    [
        $"object/{w.Painting.Id}", $"agent/{w.Maker.Id}", $"agent/{w.Sitter.Id}", $"place/{w.Ghent.Id}",
        $"concept/{w.ObjectName.Id}", $"concept/{w.Oil.Id}", $"organisation/{w.Museum.Slug}",
    ];

    [Fact]
    public async Task Every_type_of_uri_answers_303_to_the_document_the_accept_header_asks_for()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await LinkedDataWorld.CreateAsync(depot, Ct);
        using var http = NoRedirects(depot);

        foreach (var path in Documents(world))
            foreach (var (accept, suffix) in new[]
            {
                ("text/html", ""), ("application/ld+json", ".jsonld"), ("application/json", ".jsonld"), ("text/turtle", ".ttl"),
                ("application/n-triples", ".nt"), ("text/html;q=0.5, text/turtle", ".ttl"),
            })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"id/{path}");
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = await http.SendAsync(request, Ct);
                Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
                Assert.Equal($"{depot.BaseUrl}/doc/{path}{suffix}", response.Headers.Location?.ToString());
                Assert.Contains("Accept", response.Headers.Vary);
            }

        using var turtle = await depot.Http.GetAsync($"doc/object/{world.Painting.Id}.ttl", Ct);
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);
        var body = await turtle.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"<{depot.BaseUrl}/id/object/{world.Painting.Id}> a crm:E22_Human-Made_Object", body);
        Assert.Contains("\"Portret van Marguerite Van Mons\"@nl", body);
        Assert.Contains("aat:300033618", body);
        var jsonld = await depot.Http.GetStringAsync($"doc/object/{world.Painting.Id}.jsonld", Ct);
        Assert.Contains("\"https://data.vlaanderen.be/doc/implementatiemodel/cultureel-erfgoed-basisregistratie/ontwerpstandaard/2025-01-20/context/cultureel-erfgoed-basisregistratie.jsonld\"", jsonld);
        Assert.Contains("\"MensgemaaktObject.productie\"", jsonld);
    }

    [Fact]
    public async Task Withdrawn_and_deleted_records_answer_410_and_records_never_public_404()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await LinkedDataWorld.CreateAsync(depot, Ct);
        var other = await depot.CreatePublicObjectAsync(world.Museum, "2001-A", "Tweede werk", Ct);
        await depot.CatchUpAsync(Ct);
        using var http = NoRedirects(depot);

        var painting = world.Painting;
        painting.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(world.Museum, painting, Ct);
        await depot.Records.DeleteAsync<CollectionObject>(world.Museum.Id, other.Id, other.Version, Actor.System, Ct);
        await depot.CatchUpAsync(Ct);

        foreach (var path in new[] { $"object/{painting.Id}", $"object/{other.Id}", $"agent/{world.Maker.Id}", $"concept/{world.Oil.Id}", $"organisation/{world.Museum.Slug}" })
        {
            Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync($"id/{path}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync($"doc/{path}.ttl", Ct)).StatusCode);
        }
        foreach (var path in new[] { $"object/{world.Internal.Id}", "object/999999", "agent/999999", "concept/abc", "organisation/onbekend", "thing/1" })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"id/{path}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Uris_stay_the_same_when_a_record_is_edited()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await LinkedDataWorld.CreateAsync(depot, Ct);
        var uri = $"{depot.BaseUrl}/id/object/{world.Painting.Id}";
        var before = await depot.Http.GetStringAsync($"doc/object/{world.Painting.Id}.nt", Ct);

        var painting = world.Painting;
        painting.Titles = [new Title("Portret van Marguerite Van Mons (1886)")];
        painting.ObjectNumber = "1979-C-bis";
        await depot.UpdateAsync(world.Museum, painting, Ct);
        world.Maker.Name = "Van Rysselberghe, Théo";
        await depot.UpdateAsync(world.Museum, world.Maker, Ct);
        await depot.CatchUpAsync(Ct);

        // A query string keeps the output cache from answering with the earlier document.
        var after = await depot.Http.GetStringAsync($"doc/object/{world.Painting.Id}.nt?after-edit", Ct);
        Assert.Contains($"<{uri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", before);
        Assert.Contains($"<{uri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", after);
        Assert.Contains("Portret van Marguerite Van Mons (1886)", after);
        Assert.Contains("\"1979-C-bis\"", after);
        var agentUri = $"<{depot.BaseUrl}/id/agent/{world.Maker.Id}>";
        Assert.Contains(agentUri + " <http://xmlns.com/foaf/0.1/familyName> \"Rysselberghe\"", before);
        Assert.Contains(agentUri + " <http://xmlns.com/foaf/0.1/familyName> \"Van Rysselberghe\"", after);
    }

    [Fact]
    public async Task The_dump_parses_and_holds_every_public_record_and_nothing_internal()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await LinkedDataWorld.CreateAsync(depot, Ct);

        var dump = await depot.Http.GetStringAsync("ld/dump.nt", Ct);
        var (triples, subjects) = await RdfChecks.ParseAsync(await RdfChecks.SaveAsync(dump, "nt", Ct), Ct);
        Assert.True(triples > 50, $"only {triples} triples");
        foreach (var path in Documents(world)) Assert.Contains($"{depot.BaseUrl}/id/{path}", subjects);
        Assert.DoesNotContain($"{depot.BaseUrl}/id/object/{world.Internal.Id}", dump);
        Assert.DoesNotContain("Geheim depotstuk", dump);
        Assert.DoesNotContain(LinkedDataWorld.InternalNote, dump);
        Assert.DoesNotContain(LinkedDataWorld.AgentNote, dump);

        await using var gzip = new GZipStream(await depot.Http.GetStreamAsync("ld/dump.nt.gz", Ct), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal(dump, await reader.ReadToEndAsync(Ct));
    }

    private static HttpClient NoRedirects(PublicDepot depot) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(depot.BaseUrl + "/") };
}
