using System.Net.Http.Headers;
using Depot.Interchange.Rdf;

namespace Depot.Publishing.Tests.Ldes;

/// <summary>A crawl of a stream over HTTP as Turtle: the stream (its own view), then every page a <c>tree:relation</c> leads to.</summary>
internal sealed record LdesWalk(LdesPage View, IReadOnlyList<LdesPage> Pages)
{
    public const string Tree = "https://w3id.org/tree#";
    public const string Ldes = "https://w3id.org/ldes#";
    public const string GeneratedAtTime = "http://www.w3.org/ns/prov#generatedAtTime";

    public IEnumerable<string> Members => Pages.SelectMany(p => p.Members);

    /// <summary>The view (the stream's document) and every page it links, in the view's order.</summary>
    public static async Task<LdesWalk> CrawlAsync(HttpClient http, string streamUrl, CancellationToken ct)
    {
        var view = await FetchAsync(http, streamUrl, ct);
        Assert.Equal(streamUrl, ((Iri)Objects(view.Triples, streamUrl, Tree + "view").Single()).Value);
        var pages = new List<LdesPage>();
        foreach (var (node, value) in view.Relations)
        {
            var page = await FetchAsync(http, node, ct);
            Assert.Empty(page.Relations);
            // Every member behind a relation is at or after its value.
            Assert.All(page.Times.Values, t => Assert.True(string.CompareOrdinal(t, value) >= 0, $"{t} >= {value}"));
            pages.Add(page);
        }
        return new LdesWalk(view, pages);
    }

    public static async Task<LdesPage> FetchAsync(HttpClient http, string url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/turtle"));
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        var triples = TurtleReader.Parse(body, url);
        var streamIri = url.Contains("/pages/", StringComparison.Ordinal) ? url[..url.IndexOf("/pages/", StringComparison.Ordinal)] : url;
        var relations = new List<(string Node, string Value)>();
        foreach (var relation in Objects(triples, url, Tree + "relation"))
        {
            var r = triples.Where(t => t.Subject.Equals(relation)).ToList();
            Assert.Contains(r, t => t.Predicate.Value == RdfVocabulary.Type && t.Object is Iri { Value: Tree + "GreaterThanOrEqualToRelation" });
            Assert.Contains(r, t => t.Predicate.Value == Tree + "path" && t.Object is Iri { Value: GeneratedAtTime });
            relations.Add((((Iri)r.Single(t => t.Predicate.Value == Tree + "node").Object).Value,
                ((Literal)r.Single(t => t.Predicate.Value == Tree + "value").Object).Value));
        }
        var members = Objects(triples, streamIri, Tree + "member").Cast<Iri>().Select(i => i.Value).ToList();
        var times = members.ToDictionary(m => m, m => ((Literal)Objects(triples, m, GeneratedAtTime).Single()).Value);
        return new LdesPage(url, body, triples, members, times, relations,
            response.Headers.CacheControl?.ToString() ?? "", response.Headers.ETag?.ToString() ?? "");
    }

    public static IEnumerable<RdfTerm> Objects(IEnumerable<Triple> triples, string subject, string predicate) =>
        triples.Where(t => t.Subject is Iri s && s.Value == subject && t.Predicate.Value == predicate).Select(t => t.Object);
}

internal sealed record LdesPage(string Url, string Body, IReadOnlyList<Triple> Triples, IReadOnlyList<string> Members,
    IReadOnlyDictionary<string, string> Times, IReadOnlyList<(string Node, string Value)> Relations, string CacheControl, string ETag);
