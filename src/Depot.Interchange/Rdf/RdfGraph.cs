namespace Depot.Interchange.Rdf;

/// <summary>
/// A small in-memory graph indexed by subject, for documents that are read whole (one LDES page,
/// one linked-data description): statements of a subject in document order, objects looked up by predicate.
/// </summary>
public sealed class RdfGraph
{
    private readonly Dictionary<RdfTerm, List<Triple>> bySubject = [];
    private readonly Dictionary<RdfTerm, List<Triple>> byObject = [];

    public RdfGraph(IEnumerable<Triple> triples)
    {
        foreach (var t in triples)
        {
            if (!bySubject.TryGetValue(t.Subject, out var list)) bySubject[t.Subject] = list = [];
            list.Add(t);
            if (t.Object is Literal) continue;
            if (!byObject.TryGetValue(t.Object, out var back)) byObject[t.Object] = back = [];
            back.Add(t);
        }
    }

    public IEnumerable<RdfTerm> Subjects => bySubject.Keys;

    /// <summary>Every statement about <paramref name="subject"/>, in document order.</summary>
    public IReadOnlyList<Triple> About(RdfTerm subject) => bySubject.TryGetValue(subject, out var list) ? list : [];

    /// <summary>The subjects that point at <paramref name="target"/> with <paramref name="predicate"/> (links written the other way round).</summary>
    public IEnumerable<RdfTerm> Referrers(RdfTerm target, string predicate) =>
        (byObject.TryGetValue(target, out var list) ? list : []).Where(t => t.Predicate.Value == predicate).Select(t => t.Subject);

    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string predicate) =>
        About(subject).Where(t => t.Predicate.Value == predicate).Select(t => t.Object);

    public RdfTerm? Object(RdfTerm subject, string predicate) => Objects(subject, predicate).FirstOrDefault();

    /// <summary>The first literal value of <paramref name="predicate"/>, or "".</summary>
    public string Text(RdfTerm subject, string predicate) =>
        Objects(subject, predicate).OfType<Literal>().FirstOrDefault()?.Value ?? "";

    public bool HasType(RdfTerm subject, string type) =>
        Objects(subject, RdfVocabulary.Type).Any(o => o is Iri i && i.Value == type);
}
