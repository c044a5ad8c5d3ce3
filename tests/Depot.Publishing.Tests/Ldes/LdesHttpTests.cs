using System.Net;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Rdf;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Publishing;

namespace Depot.Publishing.Tests.Ldes;

/// <summary>The streams over plain HTTP: fragmentation, relations, cache headers, and what never appears.</summary>
public sealed class LdesHttpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_hold_the_page_size_and_relations_link_every_page_in_time_order()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesPageSize=3");
        var org = await depot.CreateOrganisationAsync("pagina-museum", Ct);
        for (var i = 1; i <= 8; i++) await depot.CreatePublicObjectAsync(org, $"P.{i}", $"Prent {i}", Ct);

        var walk = await LdesWalk.CrawlAsync(depot.Http, $"{depot.BaseUrl}/ldes/pagina-museum", Ct);

        Assert.Equal([3, 3, 2], walk.Pages.Select(p => p.Members.Count));
        var events = await depot.Service<PublicationStore>().EventsAsync(org.Id, 0, 100, Ct);
        Assert.Equal(events.Select(e => depot.Uris.Route($"ldes/members/{e.Event.Sequence}")), walk.Members);
        // Each relation's value is the time of its page's first member; pages follow in time.
        Assert.Equal(walk.Pages.Select(p => p.Times[p.Members[0]]), walk.View.Relations.Select(r => r.Value));
        Assert.True(walk.Pages.Zip(walk.Pages.Skip(1)).All(p => string.CompareOrdinal(p.First.Times.Values.Max(), p.Second.Times.Values.Min()) <= 0));
        Assert.All(walk.Pages.SkipLast(1), page =>
        {
            Assert.Equal(LdesImmutable, page.CacheControl);
            Assert.NotEmpty(page.ETag);
        });
        Assert.DoesNotContain("immutable", walk.Pages[^1].CacheControl);
        Assert.Contains("max-age=5", walk.Pages[^1].CacheControl);
        Assert.DoesNotContain("immutable", walk.View.CacheControl);
    }

    [Fact]
    public async Task A_full_page_answers_304_to_its_etag_and_the_open_page_is_never_served_stale()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesPageSize=2");
        var org = await depot.CreateOrganisationAsync("cache-museum", Ct);
        for (var i = 1; i <= 3; i++) await depot.CreatePublicObjectAsync(org, $"C.{i}", $"Kan {i}", Ct);
        var stream = $"{depot.BaseUrl}/ldes/cache-museum";
        var first = await LdesWalk.FetchAsync(depot.Http, stream + "/pages/0", Ct);
        Assert.Equal(LdesImmutable, first.CacheControl);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, first.Url);
        conditional.Headers.TryAddWithoutValidation("Accept", "text/turtle");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        using var notModified = await depot.Http.SendAsync(conditional, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var walk = await LdesWalk.CrawlAsync(depot.Http, stream, Ct);
        var open = walk.Pages[^1];
        Assert.Single(open.Members);
        await depot.CreatePublicObjectAsync(org, "C.4", "Kan 4", Ct);
        await depot.CreatePublicObjectAsync(org, "C.5", "Kan 5", Ct);
        // No catch-up by the test: the routes bring the feed up to date themselves.
        var again = await LdesWalk.FetchAsync(depot.Http, open.Url, Ct);
        Assert.Equal(2, again.Members.Count);
        Assert.Equal(LdesImmutable, again.CacheControl);
        var later = await LdesWalk.CrawlAsync(depot.Http, stream, Ct);
        Assert.Equal([2, 2, 1], later.Pages.Select(p => p.Members.Count));
    }

    [Fact]
    public async Task The_view_leaves_out_pages_older_than_the_retention_window()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesPageSize=2", "Depot:Publishing:LdesRetention=00:00:10");
        var org = await depot.CreateOrganisationAsync("kort-geheugen", Ct);
        await depot.CreatePublicObjectAsync(org, "K.1", "Oud 1", Ct);
        await depot.CreatePublicObjectAsync(org, "K.2", "Oud 2", Ct);
        await depot.CatchUpAsync(Ct);
        await Task.Delay(TimeSpan.FromSeconds(11), Ct);
        var fresh = await depot.CreatePublicObjectAsync(org, "K.3", "Nieuw", Ct);

        var walk = await LdesWalk.CrawlAsync(depot.Http, $"{depot.BaseUrl}/ldes/kort-geheugen", Ct);
        var page = Assert.Single(walk.Pages);
        Assert.Contains(page.Triples, t => t.Predicate.Value == "http://purl.org/dc/terms/isVersionOf" && t.Object is Iri i && i.Value == depot.Uris.Object(fresh.Id));
        // The old page itself stays where it was: immutable means it never disappears under a client.
        Assert.Equal(2, (await LdesWalk.FetchAsync(depot.Http, $"{depot.BaseUrl}/ldes/kort-geheugen/pages/0", Ct)).Members.Count);
    }

    [Fact]
    public async Task Internal_records_and_fields_never_appear_in_any_stream_page_or_member()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesPageSize=2");
        var org = await depot.CreateOrganisationAsync("geheim-museum", Ct);
        var donor = await depot.CreateAsync(org, new Agent { Name = "Verhoeven, Paula (schenker)", Kind = AgentKind.Person }, Ct);
        var o = await depot.CreatePublicObjectAsync(org, "G.1", "Zilveren schaal", Ct, x =>
        {
            x.Acquisition = new Acquisition(null, donor.Id, new DateOnly(1987, 3, 2), "Schenking onder strikte voorwaarden");
            x.ConditionNote = "Deuk in de rand";
        });
        await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "G.INTERN", Titles = [new Title("Kluisstuk niet publiek")] }, Ct);
        o.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(org, o, Ct);
        await depot.CreatePublicObjectAsync(org, "G.2", "Koperen ketel", Ct);

        foreach (var stream in new[] { "geheim-museum", "sector" })
        {
            var walk = await LdesWalk.CrawlAsync(depot.Http, $"{depot.BaseUrl}/ldes/{stream}", Ct);
            Assert.Equal(3, walk.Members.Count());
            var pages = walk.Pages.Select(p => p.Body).ToList();
            foreach (var member in walk.Members)
                pages.Add(await depot.Http.GetStringAsync(member, Ct));
            foreach (var body in pages)
                foreach (var secret in new[] { "Verhoeven", "strikte voorwaarden", "Deuk in de rand", "G.INTERN", "Kluisstuk" })
                    Assert.DoesNotContain(secret, body);
        }
    }

    [Fact]
    public async Task The_stream_describes_its_paths_view_and_retention_and_unknown_streams_are_404()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesRetention=30.00:00:00");
        await depot.CreateOrganisationAsync("beschreven-museum", Ct);
        var url = $"{depot.BaseUrl}/ldes/beschreven-museum";
        var stream = await LdesWalk.FetchAsync(depot.Http, url, Ct);
        string Single(string subject, string predicate) => LdesWalk.Objects(stream.Triples, subject, predicate).Single() switch
        {
            Iri i => i.Value,
            Literal l => l.Value,
            var t => t.ToString(),
        };
        Assert.Contains(LdesWalk.Objects(stream.Triples, url, RdfVocabulary.Type), t => t is Iri { Value: LdesWalk.Ldes + "EventStream" });
        Assert.Equal(LdesWalk.GeneratedAtTime, Single(url, LdesWalk.Ldes + "timestampPath"));
        Assert.Equal("http://purl.org/dc/terms/isVersionOf", Single(url, LdesWalk.Ldes + "versionOfPath"));
        var view = Single(url, LdesWalk.Tree + "view");
        Assert.Equal(url, view);
        var description = Single(view, LdesWalk.Tree + "viewDescription");
        var policy = LdesWalk.Objects(stream.Triples, description, LdesWalk.Ldes + "retentionPolicy").Single();
        Assert.Contains(stream.Triples, t => t.Subject.Equals(policy) && t.Object is Iri { Value: LdesWalk.Ldes + "DurationAgoPolicy" });
        Assert.Contains(stream.Triples, t => t.Subject.Equals(policy) && t.Object is Literal { Value: "P30D" });

        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync("ldes/bestaat-niet", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync("ldes/bestaat-niet/pages/0", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync("ldes/members/999", Ct)).StatusCode);
    }

    private const string LdesImmutable = "public, max-age=31536000, immutable";
}
