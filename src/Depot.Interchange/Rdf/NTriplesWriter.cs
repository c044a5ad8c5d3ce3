using System.Globalization;
using System.Text;

namespace Depot.Interchange.Rdf;

/// <summary>
/// Writes triples as N-Triples (one statement a line), streaming: the whole public dataset goes
/// out without being held in memory. Also the escaping rules <see cref="TurtleWriter"/> shares.
/// </summary>
public sealed class NTriplesWriter(TextWriter output)
{
    public void Write(Triple t)
    {
        output.Write(Term(t.Subject));
        output.Write(' ');
        output.Write(IriRef(t.Predicate.Value));
        output.Write(' ');
        output.Write(Term(t.Object));
        output.Write(" .\n");
    }

    public void WriteAll(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) Write(t);
    }

    public static string Term(RdfTerm term) => term switch
    {
        Iri i => IriRef(i.Value),
        BlankNode b => "_:" + b.Id,
        Literal l => LiteralText(l),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    public static string IriRef(string iri)
    {
        if (!NeedsEscape(iri)) return string.Concat("<", iri, ">");
        var sb = new StringBuilder(iri.Length + 2).Append('<');
        foreach (var c in iri)
        {
            // Characters IRIREF forbids are written as \u escapes.
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('>').ToString();
    }

    private static bool NeedsEscape(string iri)
    {
        foreach (var c in iri)
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') return true;
        return false;
    }

    public static string LiteralText(Literal l)
    {
        var quoted = Quote(l.Value);
        if (l.Language.Length > 0) return quoted + "@" + l.Language;
        return l.Datatype == RdfVocabulary.XsdString ? quoted : quoted + "^^" + IriRef(l.Datatype);
    }

    /// <summary>Writes <paramref name="value"/> quoted and escaped, as <see cref="Quote"/> returns it, without building the string when nothing needs escaping.</summary>
    public static void WriteQuoted(TextWriter output, string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\0', (char)(' ' - 1)) >= 0 || value.AsSpan().IndexOfAny('"', '\\') >= 0)
        {
            output.Write(Quote(value));
            return;
        }
        output.Write('"');
        output.Write(value);
        output.Write('"');
    }

    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
