namespace Depot.Interchange.Rdf;

/// <summary>
/// Writes triples as Turtle with prefixes, grouping consecutive statements about one subject
/// (<c>;</c>) so a described resource reads as one block. Terms that fit no prefix are written in full.
/// </summary>
/// <remarks>
/// Terms are written straight to the output, and the written form of each IRI is remembered:
/// an LDES page names the same few hundred predicates, classes and authorities thousands of times,
/// and finding the prefix for each again was most of the writer's work.
/// </remarks>
public sealed class TurtleWriter
{
    /// <summary>Written forms remembered at most; a writer of a huge document starts again when full.</summary>
    private const int NameCacheLimit = 20_000;

    private readonly TextWriter output;
    private readonly IReadOnlyList<KeyValuePair<string, string>> prefixes;
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private RdfTerm? currentSubject;

    /// <param name="output">Where the Turtle goes.</param>
    /// <param name="prefixes">Prefix → namespace, declared at the top and used for names.</param>
    /// <param name="declarePrefixes">False for a fragment that goes into a document that declares them (see <see cref="WriteBlock"/>).</param>
    public TurtleWriter(TextWriter output, IReadOnlyDictionary<string, string> prefixes, bool declarePrefixes = true)
    {
        this.output = output;
        // Longest namespace first, so the most specific prefix wins.
        this.prefixes = prefixes.OrderByDescending(p => p.Value.Length).ToList();
        if (!declarePrefixes) return;
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
            WriteTerm(t.Subject);
            output.Write(' ');
            currentSubject = t.Subject;
        }
        output.Write(t.Predicate.Value == RdfVocabulary.Type ? "a" : Name(t.Predicate.Value));
        output.Write(' ');
        WriteTerm(t.Object);
    }

    public void WriteAll(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) Write(t);
    }

    /// <summary>
    /// Writes complete statements written before by a writer with the same prefixes and
    /// <c>declarePrefixes: false</c> (ended with <see cref="Finish"/>): a description that recurs
    /// in many documents is rendered once.
    /// </summary>
    public void WriteBlock(string statements)
    {
        if (statements.Length == 0) return;
        if (currentSubject is not null) output.Write(" .\n\n");
        currentSubject = null;
        output.Write(statements);
        output.Write('\n');
    }

    /// <summary>Ends the last statement; call once after the last triple.</summary>
    public void Finish()
    {
        if (currentSubject is not null) output.Write(" .\n");
        currentSubject = null;
    }

    private void WriteTerm(RdfTerm term)
    {
        switch (term)
        {
            case Iri i:
                output.Write(Name(i.Value));
                break;
            case Literal { Language.Length: 0 } l when l.Datatype != RdfVocabulary.XsdString:
                NTriplesWriter.WriteQuoted(output, l.Value);
                output.Write("^^");
                output.Write(Name(l.Datatype));
                break;
            case Literal l:
                NTriplesWriter.WriteQuoted(output, l.Value);
                if (l.Language.Length > 0)
                {
                    output.Write('@');
                    output.Write(l.Language);
                }
                break;
            default:
                output.Write(NTriplesWriter.Term(term));
                break;
        }
    }

    private string Name(string iri)
    {
        if (names.TryGetValue(iri, out var known)) return known;
        if (names.Count >= NameCacheLimit) names.Clear();
        return names[iri] = FindName(iri);
    }

    private string FindName(string iri)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (!iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var local = iri.AsSpan(ns.Length);
            if (IsSafeLocalName(local)) return string.Concat(prefix, ":", local);
        }
        return NTriplesWriter.IriRef(iri);
    }

    // A conservative subset of PN_LOCAL: letters, digits, '_' and '-', and not starting with '-'.
    private static bool IsSafeLocalName(ReadOnlySpan<char> local)
    {
        if (local.Length == 0 || local[0] == '-') return false;
        foreach (var c in local)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }
}
