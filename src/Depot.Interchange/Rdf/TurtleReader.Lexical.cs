using System.Globalization;
using System.Text;

namespace Depot.Interchange.Rdf;

// The tokens of Turtle: IRIs, names, strings and numbers, with their escapes.
public sealed partial class TurtleReader
{
    private string ReadIriRef()
    {
        cursor.Expect('<');
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Peek();
            if (c < 0) throw cursor.Error("IRI niet afgesloten met '>'");
            var ch = cursor.Next();
            if (ch == '>') return sb.ToString();
            if (ch == '\\') sb.Append(ReadUnicodeEscape());
            else if (ch is ' ' or '\n' or '\r' or '\t' or '<' or '"' or '{' or '}' or '|' or '^' or '`')
                throw cursor.Error($"ongeldig teken '{Printable(ch)}' in een IRI");
            else sb.Append(ch);
        }
    }

    /// <summary>Reads a bare word: a keyword (<c>a</c>, <c>true</c>, <c>PREFIX</c>) or a prefixed name <c>skos:prefLabel</c>.</summary>
    private string ReadNameOrKeyword(out bool isPrefixedName, out int line, out int column)
    {
        line = cursor.Line;
        column = cursor.Column;
        var prefix = ReadPrefixName();
        if (cursor.Peek() != ':')
        {
            isPrefixedName = false;
            return prefix;
        }
        cursor.Next();
        isPrefixedName = true;
        return prefix + ":" + ReadLocalName();
    }

    private Iri ReadPrefixedName()
    {
        var word = ReadNameOrKeyword(out var isPrefixedName, out var line, out var column);
        if (!isPrefixedName)
        {
            var found = word.Length > 0 ? word : cursor.Peek() < 0 ? "einde van het bestand" : Printable((char)cursor.Peek());
            throw new RdfSyntaxException($"IRI, prefixnaam of blanco knoop verwacht, '{found}' gevonden", line, column);
        }
        return ExpandPrefixedName(word, line, column);
    }

    private Iri ExpandPrefixedName(string name, int line, int column)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var prefix = name[..colon];
        if (!prefixes.TryGetValue(prefix, out var ns))
            throw new RdfSyntaxException($"onbekend prefix '{prefix}:'", line, column);
        return new Iri(ns + name[(colon + 1)..]);
    }

    private string ReadPrefixName()
    {
        var sb = new StringBuilder();
        while (cursor.Peek() is var c && c >= 0)
        {
            if (IsNameChar((char)c)) sb.Append(cursor.Next());
            else if (c == '.' && sb.Length > 0 && cursor.PeekSecond() is var d && d >= 0 && IsNameChar((char)d)) sb.Append(cursor.Next());
            else break;
        }
        return sb.ToString();
    }

    private string ReadLocalName()
    {
        var sb = new StringBuilder();
        while (cursor.Peek() is var c && c >= 0)
        {
            if (IsNameChar((char)c) || c == ':')
            {
                sb.Append(cursor.Next());
            }
            else if (c == '.' && cursor.PeekSecond() is var d && d >= 0 && (IsNameChar((char)d) || d is ':' or '%' or '\\' or '.'))
            {
                sb.Append(cursor.Next());
            }
            else if (c == '%')
            {
                sb.Append(cursor.Next());
                for (var i = 0; i < 2; i++)
                {
                    if (!char.IsAsciiHexDigit((char)Math.Max(cursor.Peek(), 0))) throw cursor.Error("twee hexadecimale cijfers verwacht na '%'");
                    sb.Append(cursor.Next());
                }
            }
            else if (c == '\\')
            {
                cursor.Next();
                var e = cursor.Next();
                if ("_~.-!$&'()*+,;=/?#@%".IndexOf(e, StringComparison.Ordinal) < 0) throw cursor.Error($"ongeldige escape '\\{Printable(e)}' in een naam");
                sb.Append(e);
            }
            else
            {
                break;
            }
        }
        return sb.ToString();
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '\u00B7' || (c >= '\u0300' && c <= '\u036F');

    private Literal ReadLiteral()
    {
        var quote = cursor.Next();
        string text;
        if (cursor.Peek() == quote && cursor.PeekSecond() == quote)
        {
            cursor.Next();
            cursor.Next();
            text = ReadLongString(quote);
        }
        else
        {
            text = ReadShortString(quote);
        }
        if (cursor.Peek() == '@')
        {
            cursor.Next();
            var line = cursor.Line;
            var column = cursor.Column;
            var tag = cursor.ReadWhile(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');
            if (tag.Length == 0 || !char.IsAsciiLetter(tag[0])) throw new RdfSyntaxException("taalcode verwacht na '@'", line, column);
            return new Literal(text, tag.ToLowerInvariant(), RdfVocabulary.LangString);
        }
        if (cursor.Peek() == '^' && cursor.PeekSecond() == '^')
        {
            cursor.Next();
            cursor.Next();
            var datatype = cursor.Peek() == '<' ? Resolve(ReadIriRef()) : ReadPrefixedName();
            return new Literal(text, "", datatype.Value);
        }
        return new Literal(text);
    }

    private string ReadShortString(char quote)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (cursor.Peek() < 0) throw cursor.Error("tekenreeks niet afgesloten");
            var c = cursor.Next();
            if (c == quote) return sb.ToString();
            if (c is '\n' or '\r') throw new RdfSyntaxException("regeleinde in een tekenreeks tussen enkele aanhalingstekens", cursor.Line - (c == '\n' ? 1 : 0), cursor.Column);
            if (c == '\\') sb.Append(ReadStringEscape());
            else sb.Append(c);
        }
    }

    private string ReadLongString(char quote)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (cursor.Peek() < 0) throw cursor.Error("lange tekenreeks niet afgesloten met " + new string(quote, 3));
            var c = cursor.Next();
            if (c == quote && cursor.Peek() == quote && cursor.PeekSecond() == quote)
            {
                cursor.Next();
                cursor.Next();
                // """a"""" ends with a quote inside the string: the extra quotes belong to the text.
                while (cursor.Peek() == quote)
                {
                    sb.Append(quote);
                    cursor.Next();
                }
                return sb.ToString();
            }
            if (c == '\\') sb.Append(ReadStringEscape());
            else sb.Append(c);
        }
    }

    private string ReadStringEscape()
    {
        if (cursor.Peek() < 0) throw cursor.Error("escape niet afgesloten");
        return cursor.Peek() switch
        {
            'u' or 'U' => ReadUnicodeEscape(),
            _ => cursor.Next() switch
            {
                't' => "\t",
                'b' => "\b",
                'n' => "\n",
                'r' => "\r",
                'f' => "\f",
                '"' => "\"",
                '\'' => "'",
                '\\' => "\\",
                var other => throw cursor.Error($"ongeldige escape '\\{Printable(other)}'"),
            },
        };
    }

    /// <summary>After a backslash: <c>uXXXX</c> or <c>UXXXXXXXX</c>.</summary>
    private string ReadUnicodeEscape()
    {
        var kind = cursor.Next();
        var length = kind switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw cursor.Error($"ongeldige escape '\\{Printable(kind)}'"),
        };
        var hex = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (!char.IsAsciiHexDigit((char)Math.Max(cursor.Peek(), 0))) throw cursor.Error($"{length} hexadecimale cijfers verwacht na '\\{kind}'");
            hex.Append(cursor.Next());
        }
        var code = int.Parse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) throw cursor.Error($"ongeldig Unicode-teken U+{hex}");
        return char.ConvertFromUtf32(code);
    }

    private Literal ReadNumber()
    {
        var sb = new StringBuilder();
        if (cursor.Peek() is '+' or '-') sb.Append(cursor.Next());
        sb.Append(cursor.ReadWhile(char.IsAsciiDigit));
        var datatype = RdfVocabulary.XsdInteger;
        if (cursor.Peek() == '.' && char.IsAsciiDigit((char)Math.Max(cursor.PeekSecond(), 0)))
        {
            sb.Append(cursor.Next()).Append(cursor.ReadWhile(char.IsAsciiDigit));
            datatype = RdfVocabulary.XsdDecimal;
        }
        if (cursor.Peek() is 'e' or 'E')
        {
            sb.Append(cursor.Next());
            if (cursor.Peek() is '+' or '-') sb.Append(cursor.Next());
            var exponent = cursor.ReadWhile(char.IsAsciiDigit);
            if (exponent.Length == 0) throw cursor.Error("exponent verwacht");
            sb.Append(exponent);
            datatype = RdfVocabulary.XsdDouble;
        }
        var text = sb.ToString();
        if (!text.Any(char.IsAsciiDigit))
            throw cursor.Error(cursor.Peek() < 0 ? "object verwacht" : $"object verwacht, '{text}{Printable((char)cursor.Peek())}' gevonden");
        return new Literal(text, "", datatype);
    }

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
