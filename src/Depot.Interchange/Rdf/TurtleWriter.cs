namespace Depot.Interchange.Rdf;

/// <summary>
/// Writes triples as Turtle with prefixes, grouping consecutive statements about one subject
/// (<c>;</c>) so a described resource reads as one block. Terms that fit no prefix are written in full.
/// </summary>
public sealed class TurtleWriter
{
    private readonly TextWriter output;
    private readonly IReadOnlyList<KeyValuePair<string, string>> prefixes;
    private RdfTerm? currentSubject;

    public TurtleWriter(TextWriter output, IReadOnlyDictionary<string, string> prefixes)
    {
        this.output = output;
        // Longest namespace first, so the most specific prefix wins.
        this.prefixes = prefixes.OrderByDescending(p => p.Value.Length).ToList();
        foreach (var (prefix, ns) in prefixes)
            output.Write($"@prefix {prefix}: {NTriplesWriter.IriRef(ns)} .\n");
        if (prefixes.Count > 0) output.Write('\n');
    }

    public void Write(Triple t)
    {
        if (currentSubject is not null && currentSubject.Equals(t.Subject))
            output.Write(" ;\n    ");
        else
        {
            if (currentSubject is not null) output.Write(" .\n\n");
            output.Write(Term(t.Subject));
            output.Write(' ');
            currentSubject = t.Subject;
        }
        output.Write(t.Predicate.Value == RdfVocabulary.Type ? "a" : Name(t.Predicate.Value));
        output.Write(' ');
        output.Write(Term(t.Object));
    }

    public void WriteAll(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) Write(t);
    }

    /// <summary>Ends the last statement; call once after the last triple.</summary>
    public void Finish()
    {
        if (currentSubject is not null) output.Write(" .\n");
        currentSubject = null;
    }

    private string Term(RdfTerm term) => term switch
    {
        Iri i => Name(i.Value),
        Literal { Language.Length: 0 } l when l.Datatype != RdfVocabulary.XsdString =>
            NTriplesWriter.Quote(l.Value) + "^^" + Name(l.Datatype),
        _ => NTriplesWriter.Term(term),
    };

    private string Name(string iri)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (!iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var local = iri[ns.Length..];
            if (IsSafeLocalName(local)) return prefix + ":" + local;
        }
        return NTriplesWriter.IriRef(iri);
    }

    // A conservative subset of PN_LOCAL: letters, digits, '_' and '-', and not starting with '-'.
    private static bool IsSafeLocalName(string local) =>
        local.Length > 0 && local[0] != '-' && local.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
