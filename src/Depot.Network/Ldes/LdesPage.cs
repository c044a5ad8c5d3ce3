using Depot.Interchange.Rdf;
using Depot.Network.Http;

namespace Depot.Network.Ldes;

/// <summary>
/// One fetched LDES document (the stream, a view or a page): its graph, the pages it links to
/// (<c>tree:view</c>, <c>tree:relation</c>/<c>tree:node</c>), its members in document order, the stream's
/// paths and whether the source marked it immutable (<c>Cache-Control: immutable</c>).
/// </summary>
internal sealed record LdesPage(string Url, RdfGraph Graph, IReadOnlyList<string> Links, IReadOnlyList<Iri> Members,
    bool Immutable, string TimestampPath, string VersionOfPath)
{
    public const string Accept = "text/turtle, application/n-triples;q=0.9";

    public static async Task<LdesPage> FetchAsync(HarvestHttp http, string url, CancellationToken ct)
    {
        await using var response = await http.GetAsync(url, Accept, ct);
        if (response.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            throw HarvestHttp.Fail(response.Url, "de bron antwoordde JSON-LD; Depot leest LDES-pagina's in Turtle of N-Triples",
                "the source answered JSON-LD; Depot reads LDES pages as Turtle or N-Triples");
        List<Triple> triples;
        try
        {
            using var reader = new StreamReader(response.Body);
            // Relative IRIs resolve against where the page finally came from (after redirects).
            triples = [.. TurtleReader.Read(reader, response.Url.AbsoluteUri)];
        }
        catch (RdfSyntaxException e)
        {
            throw HarvestHttp.Fail(response.Url, $"ongeldige Turtle: {e.Message}", $"malformed Turtle: {e.Message}", e);
        }
        var immutable = response.Headers.CacheControl?.ToString().Contains("immutable", StringComparison.OrdinalIgnoreCase) == true;
        return Read(url, new RdfGraph(triples), immutable);
    }

    private static LdesPage Read(string url, RdfGraph graph, bool immutable)
    {
        var links = new List<string>();
        var members = new List<Iri>();
        var timestampPath = LdesTerms.GeneratedAtTime;
        var versionOfPath = LdesTerms.IsVersionOf;
        var self = Strip(url);
        foreach (var subject in graph.Subjects)
            foreach (var t in graph.About(subject))
                switch (t.Predicate.Value)
                {
                    case LdesTerms.View when t.Object is Iri view && Strip(view.Value) != self:
                        links.Add(Strip(view.Value));
                        break;
                    case LdesTerms.Relation:
                        if (graph.Object(t.Object, LdesTerms.Node) is Iri node) links.Add(Strip(node.Value));
                        break;
                    case LdesTerms.Member when t.Object is Iri member:
                        members.Add(member);
                        break;
                    case LdesTerms.TimestampPath when t.Object is Iri path:
                        timestampPath = path.Value;
                        break;
                    case LdesTerms.VersionOfPath when t.Object is Iri path:
                        versionOfPath = path.Value;
                        break;
                }
        return new LdesPage(url, graph, [.. links.Distinct()], [.. members.Distinct()], immutable, timestampPath, versionOfPath);
    }

    private static string Strip(string url) => url.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? url[..hash] : url;
}

/// <summary>The LDES and TREE terms a client reads (the same as Depot's publishing side writes).</summary>
internal static class LdesTerms
{
    public const string Ldes = "https://w3id.org/ldes#";
    public const string Tree = "https://w3id.org/tree#";
    public const string TimestampPath = Ldes + "timestampPath";
    public const string VersionOfPath = Ldes + "versionOfPath";
    public const string View = Tree + "view";
    public const string Relation = Tree + "relation";
    public const string Node = Tree + "node";
    public const string Member = Tree + "member";
    public const string GeneratedAtTime = "http://www.w3.org/ns/prov#generatedAtTime";
    public const string IsVersionOf = "http://purl.org/dc/terms/isVersionOf";
    public const string Tombstone = "https://www.w3.org/ns/activitystreams#Tombstone";
    public const string Delete = "https://www.w3.org/ns/activitystreams#Delete";
}
