using System.Text.Json;
using System.Text.Json.Nodes;
using Depot.Interchange.Rdf;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// Writes a graph as compacted JSON-LD against the published OSLO context (referred to by URL,
/// with a small local context for prefixes), so that expanding it gives exactly the triples
/// written: literals are value objects unless the term's coercion already says their datatype,
/// blank nodes used once are nested, every other node is an entry of <c>@graph</c>.
/// </summary>
public static class OsloJsonLdWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IEnumerable<Triple> triples)
    {
        var all = triples.Distinct().ToList();
        var bySubject = all.GroupBy(t => t.Subject).ToDictionary(g => g.Key, g => g.ToList());
        var uses = all.Where(t => t.Object is BlankNode).GroupBy(t => t.Object).ToDictionary(g => g.Key, g => g.Count());
        var done = new HashSet<RdfTerm>();
        var graph = new JsonArray();

        bool Embeddable(RdfTerm node) => node is BlankNode && uses.GetValueOrDefault(node) == 1 && bySubject.ContainsKey(node);

        JsonObject Node(RdfTerm subject, bool embedded)
        {
            done.Add(subject);
            var node = new JsonObject();
            if (!embedded) node["@id"] = Id(subject);
            var statements = bySubject.GetValueOrDefault(subject) ?? [];
            var types = statements.Where(t => t.Predicate.Value == RdfVocabulary.Type && t.Object is Iri).Select(t => ((Iri)t.Object).Value).ToList();
            if (types.Count > 0) node["@type"] = new JsonArray([.. types.Select(c => (JsonNode)ClassName(c))]);
            foreach (var group in statements.Where(t => !(t.Predicate.Value == RdfVocabulary.Type && t.Object is Iri)).GroupBy(t => t.Predicate.Value))
            {
                var (key, coercion) = OsloJsonLdTerms.Properties.TryGetValue(group.Key, out var term) ? term : (Compact(group.Key), "");
                var values = new JsonArray();
                foreach (var t in group)
                    values.Add(t.Object switch
                    {
                        Literal l => LiteralValue(l, coercion),
                        _ when Embeddable(t.Object) && !done.Contains(t.Object) => Node(t.Object, embedded: true),
                        _ => new JsonObject { ["@id"] = Id(t.Object) },
                    });
                node[key] = values;
            }
            return node;
        }

        foreach (var subject in bySubject.Keys.Where(s => !Embeddable(s)))
            if (!done.Contains(subject)) graph.Add(Node(subject, embedded: false));
        // Blank nodes that only refer to each other in a cycle have no parent to nest in.
        foreach (var subject in bySubject.Keys)
            if (!done.Contains(subject)) graph.Add(Node(subject, embedded: false));

        var context = new JsonObject();
        foreach (var (prefix, ns) in Oslo.Prefixes) context[prefix] = ns;
        var document = new JsonObject
        {
            ["@context"] = new JsonArray(Oslo.ContextUrl, context),
            ["@graph"] = graph,
        };
        return document.ToJsonString(Indented);
    }

    private static JsonNode LiteralValue(Literal l, string coercion)
    {
        if (l.Language.Length > 0) return new JsonObject { ["@value"] = l.Value, ["@language"] = l.Language };
        if (l.Datatype == coercion || (l.Datatype == RdfVocabulary.XsdString && coercion.Length == 0)) return JsonValue.Create(l.Value);
        if (l.Datatype == RdfVocabulary.XsdString) return new JsonObject { ["@value"] = l.Value };
        return new JsonObject { ["@value"] = l.Value, ["@type"] = l.Datatype };
    }

    private static string Id(RdfTerm term) => term switch
    {
        Iri i => i.Value,
        BlankNode b => "_:" + b.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string ClassName(string iri) => OsloJsonLdTerms.Classes.TryGetValue(iri, out var term) ? term : Compact(iri);

    // Longest namespace first; a local part with ':' or '/' stays a full IRI (it would not read back the same).
    private static string Compact(string iri)
    {
        foreach (var (prefix, ns) in Oslo.Prefixes.OrderByDescending(p => p.Value.Length))
            if (iri.StartsWith(ns, StringComparison.Ordinal) && iri.Length > ns.Length && iri[ns.Length..].IndexOfAny([':', '/']) < 0)
                return prefix + ":" + iri[ns.Length..];
        return iri;
    }
}
