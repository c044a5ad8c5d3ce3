using System.Net;
using System.Text.RegularExpressions;
using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Iiif;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Images;

namespace Depot.Publishing.Tests.Leaks;

/// <summary>
/// The promise of the open-data issue: internal fields and non-public records never leave, by any
/// route. A crawler starts at every public entry point, follows every link on Depot's own address,
/// and asks each document in HTML, JSON-LD, Turtle and N-Triples; no answer may hold a marked
/// internal value. It also proves it reached each kind of output with the public record in it,
/// so it cannot pass by reaching nothing.
/// </summary>
public sealed partial class NoInternalDataLeaksTests
{
    private const string Secret = "GEHEIM";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_public_route_shows_an_internal_field_or_a_non_public_record()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("lek-museum", Ct);
        var scheme = await depot.CreateSchemeAsync(org, Ct);
        var maker = await depot.CreateAsync(org, new Agent { Name = "Meunier, Constantin", Kind = AgentKind.Person, Note = Secret + "-notitie-maker" }, Ct);
        var donor = await depot.CreateAsync(org, new Agent { Name = Secret + "-schenker Janssens", Kind = AgentKind.Person }, Ct);
        var method = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = Secret + "-verwervingsmethode" }, Ct);
        var condition = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = Secret + "-toestand" }, Ct);
        var depotRoom = await depot.CreateAsync(org, new Location { Name = Secret + "-depot kelder", Code = "K1", Kind = LocationKind.Building }, Ct);
        var bronze = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = "brons", PrefLabelEn = "bronze" }, Ct);
        var shown = await depot.CreatePublicObjectAsync(org, "LEK.1", "De havenarbeider", Ct, o =>
        {
            o.Makers = [new MakerCredit(maker.Id, "beeldhouwer")];
            o.MaterialIds = [bronze.Id];
            o.Acquisition = new Acquisition(method.Id, donor.Id, new DateOnly(1987, 3, 2), Secret + "-verwervingsnotitie");
            o.ConditionId = condition.Id;
            o.ConditionNote = Secret + "-toestandsnotitie";
            o.CurrentLocationId = depotRoom.Id;
            o.PermanentLocationId = depotRoom.Id;
            o.SourceFields = [new SourceField("valuation.value", Secret + "-waarde 120000 EUR")];
            o.Rights = new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Lek Museum", "Collectie Lek Museum");
            // Published once its images are in order, so the held-back one was never public.
            o.PublicationStatus = PublicationStatus.Internal;
        });
        await IiifWorld.AddImageAsync(depot, org, shown, "havenarbeider", "De havenarbeider, vooraanzicht", Ct);
        var heldBack = await IiifWorld.AddImageAsync(depot, org, shown, "achterkant", Secret + "-achterkant met schade", Ct);
        await depot.Service<ObjectImageStore>().SetPublicAsync(org.Id, heldBack.Id, false, Ct);
        shown = await depot.Records.GetAsync<CollectionObject>(org.Id, shown.Id, Ct);
        shown.PublicationStatus = PublicationStatus.Public;
        shown = await depot.UpdateAsync(org, shown, Ct);
        await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "LEK.2", Titles = [new Title(Secret + "-interne titel")], ShortDescription = Secret }, Ct);
        // Public once, so its earlier version stays in the LDES history; it must leave everything else.
        var withdrawn = await depot.CreatePublicObjectAsync(org, "LEK.3", "Teruggetrokken beeldje", Ct);
        await depot.CatchUpAsync(Ct);
        withdrawn.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(org, withdrawn, Ct);
        await depot.CatchUpAsync(Ct);

        var crawl = await CrawlAsync(depot, org.Slug, shown.Id, Ct);

        Assert.All(crawl.Documents, d => Assert.False(d.Body.Contains(Secret, StringComparison.OrdinalIgnoreCase),
            $"{d.Url} ({d.Accept}) shows an internal value: …{Around(d.Body, Secret)}…"));
        Assert.All(crawl.Documents.Where(d => !d.Url.Contains("/ldes/", StringComparison.Ordinal)), d =>
            Assert.False(d.Body.Contains("Teruggetrokken beeldje", StringComparison.Ordinal), $"{d.Url} still shows the withdrawn object"));
        // Reached every kind of public output, each with the public record in it.
        foreach (var (kind, pattern) in Outputs)
            Assert.True(crawl.Documents.Any(d => pattern.IsMatch(d.Url) && d.Body.Contains("havenarbeider", StringComparison.Ordinal)),
                $"the crawl reached no {kind} showing the public object; fetched: {string.Join(", ", crawl.Documents.Select(d => d.Url).Take(60))}");
    }

    private static readonly (string Kind, Regex Pattern)[] Outputs =
    [
        ("portal search", PortalSearch()),
        ("object page", new Regex("/doc/object/[0-9]+$")),
        ("JSON-LD document", new Regex("/doc/object/[0-9]+\\.jsonld$")),
        ("Turtle document", new Regex("/doc/object/[0-9]+\\.ttl$")),
        ("LDES page", new Regex("/ldes/")),
        ("OAI-PMH oai_dc", new Regex("/oai.*metadataPrefix=oai_dc")),
        ("OAI-PMH lido", new Regex("/oai.*metadataPrefix=lido")),
        ("OAI-PMH edm", new Regex("/oai.*metadataPrefix=edm")),
        ("IIIF collection", new Regex("/iiif/collection")),
        ("IIIF manifest", new Regex("/iiif/object/[0-9]+/manifest")),
        ("N-Triples dump", new Regex("dump")),
    ];

    [GeneratedRegex("/collectie")]
    private static partial Regex PortalSearch();

    private sealed record Document(string Url, string Accept, string Body);

    private sealed record Crawl(List<Document> Documents);

    private static readonly string[] Accepts = ["text/html", "application/ld+json", "text/turtle", "application/n-triples"];

    private static async Task<Crawl> CrawlAsync(PublicDepot depot, string org, long objectId, CancellationToken ct)
    {
        var seeds = new List<string>
        {
            "/collectie", $"/collectie/{org}", "/collectie?q=havenarbeider", "/sitemap.xml", "/robots.txt",
            $"/id/object/{objectId}", $"/doc/object/{objectId}", $"/doc/object/{objectId}.jsonld", $"/doc/object/{objectId}.ttl",
            $"/doc/organisation/{org}", "/ld/dump.nt", "/ldes/sector", $"/ldes/{org}",
            "/oai?verb=Identify", "/oai?verb=ListSets", "/oai?verb=ListRecords&metadataPrefix=oai_dc",
            "/oai?verb=ListRecords&metadataPrefix=lido", "/oai?verb=ListRecords&metadataPrefix=edm",
            "/iiif/collection", $"/iiif/collection/{org}", $"/iiif/object/{objectId}/manifest",
        };
        var queue = new Queue<string>(seeds.Select(s => depot.BaseUrl + s));
        var seen = new HashSet<string>(queue);
        var documents = new List<Document>();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        while (queue.Count > 0 && documents.Count < 400)
        {
            var url = queue.Dequeue();
            foreach (var accept in url.Contains("/id/", StringComparison.Ordinal) ? Accepts : ["*/*"])
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (response.StatusCode == HttpStatusCode.OK) documents.Add(new Document(response.RequestMessage!.RequestUri!.ToString(), accept, body));
                foreach (var link in Links(body, depot.BaseUrl))
                    if (seen.Add(link)) queue.Enqueue(link);
            }
        }
        return new Crawl(documents);
    }

    // Links on Depot's own address, outside the signed-in areas; OAI tokens come as elements.
    private static IEnumerable<string> Links(string body, string baseUrl)
    {
        foreach (Match m in Regex.Matches(body, Regex.Escape(baseUrl) + "[^\"'<>\\s)]*"))
        {
            var url = WebUtility.HtmlDecode(m.Value);
            if (url.Contains("/o/", StringComparison.Ordinal) || url.Contains("/api/", StringComparison.Ordinal) || url.Contains("/account", StringComparison.Ordinal)) continue;
            yield return url;
        }
        foreach (Match m in Regex.Matches(body, "href=\"(/[^\"]*)\""))
        {
            var path = WebUtility.HtmlDecode(m.Groups[1].Value);
            if (path.StartsWith("/collectie", StringComparison.Ordinal) || path.StartsWith("/doc/", StringComparison.Ordinal))
                yield return baseUrl + path;
        }
        var token = Regex.Match(body, "<resumptionToken[^>]*>([^<]+)</resumptionToken>");
        if (token.Success) yield return $"{baseUrl}/oai?verb=ListRecords&resumptionToken={Uri.EscapeDataString(WebUtility.HtmlDecode(token.Groups[1].Value))}";
    }

    private static string Around(string body, string needle)
    {
        var i = body.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return body.Substring(Math.Max(0, i - 80), Math.Min(body.Length - Math.Max(0, i - 80), 200));
    }
}
