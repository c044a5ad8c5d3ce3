using Depot.Interchange.Rdf;

namespace Depot.Interchange.Skos;

public sealed record SkosLabel(string Text, string Language);

/// <summary>A skos:Concept as the file states it, before it is matched to the organisation's records.</summary>
public sealed class SkosConcept(string uri)
{
    public string Uri { get; } = uri;
    public bool IsTypedConcept { get; set; }
    public List<SkosLabel> PrefLabels { get; } = [];
    public List<SkosLabel> AltLabels { get; } = [];
    public List<SkosLabel> ScopeNotes { get; } = [];
    public List<string> Broader { get; } = [];
    public List<string> Narrower { get; } = [];
    public List<string> ExactMatches { get; } = [];
    public List<string> CloseMatches { get; } = [];
    public List<string> InSchemes { get; } = [];
}

public sealed class SkosScheme(string uri)
{
    public string Uri { get; } = uri;
    public List<SkosLabel> Titles { get; } = [];
}

/// <summary>
/// The SKOS content of an RDF graph: concept schemes and concepts with their labels, notes,
/// hierarchy and mappings. Only SKOS statements are kept (one entry per concept), so the
/// memory it takes grows with the thesaurus, not with the file.
/// </summary>
public sealed class SkosDocument
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    private readonly Dictionary<string, SkosConcept> concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SkosScheme> schemes = new(StringComparer.Ordinal);
    private readonly HashSet<string> schemeTyped = new(StringComparer.Ordinal);

    /// <summary>The concept schemes, titled by dcterms:title, rdfs:label or skos:prefLabel.</summary>
    public IReadOnlyList<SkosScheme> Schemes => [.. schemes.Values.Where(s => schemeTyped.Contains(s.Uri)).Select(WithPrefLabels)];

    private SkosScheme WithPrefLabels(SkosScheme s)
    {
        if (concepts.TryGetValue(s.Uri, out var asConcept))
            foreach (var l in asConcept.PrefLabels.Where(l => !s.Titles.Contains(l))) s.Titles.Add(l);
        return s;
    }

    /// <summary>The concepts in the order they first appear in the file.</summary>
    public IReadOnlyList<SkosConcept> Concepts =>
        [.. concepts.Values.Where(c => !schemeTyped.Contains(c.Uri) && (c.IsTypedConcept || c.InSchemes.Count > 0 || c.PrefLabels.Count > 0))];

    public static SkosDocument Read(IEnumerable<Triple> triples)
    {
        var doc = new SkosDocument();
        foreach (var t in triples) doc.Add(t);
        return doc;
    }

    private void Add(Triple t)
    {
        if (t.Subject is not Iri subject) return;
        var p = t.Predicate.Value;
        if (p == RdfVocabulary.Type && t.Object is Iri type)
        {
            if (type.Value == Skos + "Concept") Concept(subject.Value).IsTypedConcept = true;
            else if (type.Value == Skos + "ConceptScheme") schemeTyped.Add(Scheme(subject.Value).Uri);
            return;
        }
        if (!p.StartsWith(Skos, StringComparison.Ordinal))
        {
            if (p is DcTerms + "title" or Dc + "title" or Rdfs + "label" && t.Object is Literal title)
                Scheme(subject.Value).Titles.Add(Label(title));
            return;
        }
        switch (p[Skos.Length..])
        {
            case "prefLabel" when t.Object is Literal l:
                Concept(subject.Value).PrefLabels.Add(Label(l));
                break;
            case "altLabel" when t.Object is Literal l:
                Concept(subject.Value).AltLabels.Add(Label(l));
                break;
            case "scopeNote" or "definition" when t.Object is Literal l:
                Concept(subject.Value).ScopeNotes.Add(Label(l));
                break;
            case "broader" when t.Object is Iri o:
                Concept(subject.Value).Broader.Add(o.Value);
                break;
            case "narrower" when t.Object is Iri o:
                Concept(subject.Value).Narrower.Add(o.Value);
                break;
            case "exactMatch" when t.Object is Iri o:
                Concept(subject.Value).ExactMatches.Add(o.Value);
                break;
            case "closeMatch" when t.Object is Iri o:
                Concept(subject.Value).CloseMatches.Add(o.Value);
                break;
            case "inScheme" when t.Object is Iri o:
                Concept(subject.Value).InSchemes.Add(o.Value);
                break;
            case "topConceptOf" when t.Object is Iri o:
                Concept(subject.Value).InSchemes.Add(o.Value);
                break;
        }
    }

    private static SkosLabel Label(Literal l) => new(l.Value.Trim(), l.Language);

    private SkosConcept Concept(string uri)
    {
        if (!concepts.TryGetValue(uri, out var c)) concepts[uri] = c = new SkosConcept(uri);
        return c;
    }

    private SkosScheme Scheme(string uri)
    {
        if (!schemes.TryGetValue(uri, out var s)) schemes[uri] = s = new SkosScheme(uri);
        return s;
    }
}
