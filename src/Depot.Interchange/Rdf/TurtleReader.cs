using System.Globalization;

namespace Depot.Interchange.Rdf;

/// <summary>
/// A Turtle 1.1 reader: prefixes and base (both <c>@prefix</c> and SPARQL style), IRIs, prefixed
/// names, <c>a</c>, literals with language tags and datatypes, long strings, escapes, numbers and
/// booleans, blank nodes (<c>_:b</c>, <c>[ … ]</c>), collections and <c>;</c> / <c>,</c> lists.
/// It yields triples statement by statement, so a large file is never held in memory.
/// Errors name the line and column.
/// </summary>
public sealed partial class TurtleReader
{
    private readonly TurtleCursor cursor;
    private readonly Dictionary<string, string> prefixes = new(StringComparer.Ordinal);
    private readonly List<Triple> pending = [];
    private Uri? baseIri;
    private int blankCounter;

    private TurtleReader(TextReader reader, string? baseUri)
    {
        cursor = new TurtleCursor(reader);
        if (baseUri is not null) baseIri = new Uri(baseUri, UriKind.Absolute);
    }

    /// <summary>Reads every triple of the document, one statement at a time.</summary>
    public static IEnumerable<Triple> Read(TextReader reader, string? baseUri = null)
    {
        var turtle = new TurtleReader(reader, baseUri);
        while (turtle.ReadStatement())
        {
            foreach (var t in turtle.pending) yield return t;
            turtle.pending.Clear();
        }
    }

    public static IReadOnlyList<Triple> Parse(string text, string? baseUri = null) =>
        Read(new StringReader(text), baseUri).ToList();

    private bool ReadStatement()
    {
        cursor.SkipSpace();
        if (cursor.AtEnd) return false;
        if (cursor.Peek() == '@')
        {
            ReadAtDirective();
            return true;
        }
        if (TryReadSparqlDirective()) return true;
        ReadTriples();
        cursor.SkipSpace();
        cursor.Expect('.');
        return true;
    }

    private void ReadAtDirective()
    {
        cursor.Next();
        var word = cursor.ReadWhile(char.IsAsciiLetter);
        cursor.SkipSpace();
        switch (word)
        {
            case "prefix":
                ReadPrefixBody();
                break;
            case "base":
                baseIri = new Uri(ReadIriRef(), UriKind.Absolute);
                break;
            default:
                throw cursor.Error($"onbekende richtlijn '@{word}'");
        }
        cursor.SkipSpace();
        cursor.Expect('.');
    }

    /// <summary>SPARQL-style <c>PREFIX</c> and <c>BASE</c> (case-insensitive, no closing dot).</summary>
    private bool TryReadSparqlDirective()
    {
        var c = cursor.Peek();
        if (c is not ('P' or 'p' or 'B' or 'b')) return false;
        // A prefixed name may start with these letters too: only a bare keyword followed by space is a directive.
        var word = ReadNameOrKeyword(out var isPrefixedName, out var startLine, out var startColumn);
        if (!isPrefixedName && string.Equals(word, "PREFIX", StringComparison.OrdinalIgnoreCase))
        {
            cursor.SkipSpace();
            ReadPrefixBody();
            return true;
        }
        if (!isPrefixedName && string.Equals(word, "BASE", StringComparison.OrdinalIgnoreCase))
        {
            cursor.SkipSpace();
            baseIri = new Uri(ReadIriRef(), UriKind.Absolute);
            return true;
        }
        if (!isPrefixedName) throw new RdfSyntaxException($"onverwacht woord '{word}'", startLine, startColumn);
        var subject = ExpandPrefixedName(word, startLine, startColumn);
        ReadPredicateObjectList(subject);
        cursor.SkipSpace();
        cursor.Expect('.');
        return true;
    }

    private void ReadPrefixBody()
    {
        var prefix = cursor.ReadWhile(IsNameChar);
        cursor.Expect(':');
        cursor.SkipSpace();
        prefixes[prefix] = ReadIriRef();
    }

    private void ReadTriples()
    {
        if (cursor.Peek() == '[')
        {
            var node = ReadBlankNodePropertyList();
            cursor.SkipSpace();
            if (cursor.Peek() != '.') ReadPredicateObjectList(node);
            return;
        }
        var subject = ReadSubject();
        ReadPredicateObjectList(subject);
    }

    private RdfTerm ReadSubject()
    {
        cursor.SkipSpace();
        return cursor.Peek() switch
        {
            '<' => Resolve(ReadIriRef()),
            '_' when cursor.PeekSecond() == ':' => ReadBlankNodeLabel(),
            '(' => ReadCollection(),
            _ => ReadPrefixedName(),
        };
    }

    private void ReadPredicateObjectList(RdfTerm subject)
    {
        while (true)
        {
            cursor.SkipSpace();
            var predicate = ReadVerb();
            ReadObjectList(subject, predicate);
            cursor.SkipSpace();
            if (cursor.Peek() != ';') return;
            // One or more ';', possibly with nothing after the last one.
            while (cursor.Peek() == ';')
            {
                cursor.Next();
                cursor.SkipSpace();
            }
            if (cursor.Peek() is '.' or ']' or -1) return;
        }
    }

    private void ReadObjectList(RdfTerm subject, Iri predicate)
    {
        while (true)
        {
            cursor.SkipSpace();
            var obj = ReadObject();
            pending.Add(new Triple(subject, predicate, obj));
            cursor.SkipSpace();
            if (cursor.Peek() != ',') return;
            cursor.Next();
        }
    }

    private Iri ReadVerb()
    {
        if (cursor.Peek() == '<') return Resolve(ReadIriRef());
        var line = cursor.Line;
        var column = cursor.Column;
        var word = ReadNameOrKeyword(out var isPrefixedName, out _, out _);
        if (!isPrefixedName && word == "a") return new Iri(RdfVocabulary.Type);
        if (!isPrefixedName) throw new RdfSyntaxException(word.Length == 0 ? "predicaat verwacht" : $"predicaat verwacht, '{word}' gevonden", line, column);
        return ExpandPrefixedName(word, line, column);
    }

    private RdfTerm ReadObject()
    {
        var c = cursor.Peek();
        switch (c)
        {
            case '<':
                return Resolve(ReadIriRef());
            case '_' when cursor.PeekSecond() == ':':
                return ReadBlankNodeLabel();
            case '[':
                return ReadBlankNodePropertyList();
            case '(':
                return ReadCollection();
            case '"' or '\'':
                return ReadLiteral();
            case >= '0' and <= '9' or '+' or '-' or '.':
                return ReadNumber();
            case -1:
                throw cursor.Error("object verwacht, einde van het bestand gevonden");
        }
        var line = cursor.Line;
        var column = cursor.Column;
        var word = ReadNameOrKeyword(out var isPrefixedName, out _, out _);
        if (!isPrefixedName && word is "true" or "false") return new Literal(word, "", RdfVocabulary.XsdBoolean);
        if (!isPrefixedName)
            throw new RdfSyntaxException(word.Length == 0 ? $"object verwacht, '{(char)c}' gevonden" : $"object verwacht, '{word}' gevonden", line, column);
        return ExpandPrefixedName(word, line, column);
    }

    private BlankNode ReadBlankNodePropertyList()
    {
        cursor.Expect('[');
        var node = NewBlankNode();
        cursor.SkipSpace();
        if (cursor.Peek() != ']') ReadPredicateObjectList(node);
        cursor.SkipSpace();
        cursor.Expect(']');
        return node;
    }

    private RdfTerm ReadCollection()
    {
        cursor.Expect('(');
        RdfTerm head = new Iri(RdfVocabulary.Nil);
        BlankNode? last = null;
        while (true)
        {
            cursor.SkipSpace();
            if (cursor.Peek() == ')')
            {
                cursor.Next();
                if (last is not null) pending.Add(new Triple(last, new Iri(RdfVocabulary.Rest), new Iri(RdfVocabulary.Nil)));
                return head;
            }
            var item = ReadObject();
            var cell = NewBlankNode();
            if (last is null) head = cell;
            else pending.Add(new Triple(last, new Iri(RdfVocabulary.Rest), cell));
            pending.Add(new Triple(cell, new Iri(RdfVocabulary.First), item));
            last = cell;
        }
    }

    // Generated ids carry a character no Turtle label may hold, so they never clash with _:labels.
    private BlankNode NewBlankNode() => new("#" + (++blankCounter).ToString(CultureInfo.InvariantCulture));

    private BlankNode ReadBlankNodeLabel()
    {
        cursor.Expect('_');
        cursor.Expect(':');
        var label = ReadLocalName();
        if (label.Length == 0) throw cursor.Error("naam van een blanco knoop verwacht na '_:'");
        return new BlankNode(label);
    }

    private Iri Resolve(string iri)
    {
        if (baseIri is null || Uri.IsWellFormedUriString(iri, UriKind.Absolute) || iri.Contains(':', StringComparison.Ordinal))
            return new Iri(iri);
        return new Iri(new Uri(baseIri, iri).ToString());
    }
}
