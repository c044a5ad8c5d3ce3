using System.Globalization;

namespace Depot.Preservation.Formats.Signatures;

/// <summary>One piece of a parsed byte-sequence expression.</summary>
internal abstract record PatternToken;

/// <summary>Consecutive byte tests with nothing between them.</summary>
internal sealed record RunToken(IReadOnlyList<Atom> Atoms) : PatternToken;

/// <summary><c>(aa|bbcc)</c>: one of several runs, possibly of different lengths.</summary>
internal sealed record ChoiceToken(IReadOnlyList<BytePattern> Options) : PatternToken;

/// <summary><c>{n}</c>, <c>{n-m}</c>, <c>{n-*}</c> or <c>*</c>; <see cref="Max"/> is -1 when unbounded.</summary>
internal sealed record GapToken(int Min, int Max) : PatternToken;

/// <summary>
/// Parses PRONOM byte-sequence expressions: hex (spaces allowed), quoted text <c>'abc'</c>, <c>??</c>,
/// gaps <c>{n}</c> <c>{n-m}</c> <c>{n-*}</c> <c>*</c>, choices <c>(aa|bb)</c>, and classes
/// <c>[00:1F]</c> <c>['6'-'7']</c> <c>[!0D]</c> <c>[&amp;01]</c> <c>[~01]</c> <c>[0000:1000]</c> <c>[!4001C8]</c>.
/// </summary>
internal static class PatternParser
{
    public static IReadOnlyList<PatternToken> Parse(string expression)
    {
        var tokens = new List<PatternToken>();
        var run = new List<Atom>();
        var i = 0;
        while (true)
        {
            SkipSpace(expression, ref i);
            if (i >= expression.Length) break;
            var c = expression[i];
            if (c is '{' or '*' or '(')
            {
                if (run.Count > 0) { tokens.Add(new RunToken([.. run])); run.Clear(); }
                tokens.Add(c == '(' ? ParseChoice(expression, ref i) : ParseGap(expression, ref i));
                continue;
            }
            run.Add(ParseAtom(expression, ref i));
        }
        if (run.Count > 0) tokens.Add(new RunToken([.. run]));
        return tokens;
    }

    /// <summary>A run of byte tests only (a DROID fragment), no gaps or choices.</summary>
    public static BytePattern ParseRun(string expression)
    {
        var atoms = new List<Atom>();
        var i = 0;
        for (SkipSpace(expression, ref i); i < expression.Length; SkipSpace(expression, ref i))
            atoms.Add(ParseAtom(expression, ref i));
        return new BytePattern(atoms);
    }

    private static Atom ParseAtom(string s, ref int i)
    {
        var c = s[i];
        if (c == '\'') return Atom.Bytes(ParseQuoted(s, ref i));
        if (c == '?' && i + 1 < s.Length && s[i + 1] == '?') { i += 2; return Atom.Any(); }
        if (c == '[') return ParseClass(s, ref i);
        return Atom.Bytes([ParseHexByte(s, ref i)]);
    }

    private static Atom ParseClass(string s, ref int i)
    {
        i++; // [
        SkipSpace(s, ref i);
        var negated = i < s.Length && s[i] == '!';
        if (negated) i++;
        Atom atom;
        if (s[i] is '&' or '~')
        {
            var all = s[i] == '&';
            i++;
            var mask = ParseValue(s, ref i)[0];
            atom = Atom.OneOf(b => (all ? (b & mask) == mask : (b & mask) != 0) != negated);
        }
        else
        {
            var low = ParseValue(s, ref i);
            SkipSpace(s, ref i);
            if (s[i] is ':' or '-')
            {
                i++;
                atom = Atom.Between(low, ParseValue(s, ref i), negated);
            }
            else atom = Atom.Between(low, low, negated);
        }
        SkipSpace(s, ref i);
        if (i >= s.Length || s[i] != ']') throw new FormatException($"Unclosed [ in byte sequence '{s}'.");
        i++;
        return atom;
    }

    /// <summary>Hex bytes or a quoted character, up to the next <c>:</c>, <c>-</c> or <c>]</c>.</summary>
    private static byte[] ParseValue(string s, ref int i)
    {
        SkipSpace(s, ref i);
        if (s[i] == '\'') return ParseQuoted(s, ref i);
        var bytes = new List<byte>();
        while (i < s.Length && Uri.IsHexDigit(s[i])) bytes.Add(ParseHexByte(s, ref i));
        if (bytes.Count == 0) throw new FormatException($"Expected a value at {i} in byte sequence '{s}'.");
        return [.. bytes];
    }

    private static ChoiceToken ParseChoice(string s, ref int i)
    {
        i++; // (
        var options = new List<BytePattern>();
        var atoms = new List<Atom>();
        while (true)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length) throw new FormatException($"Unclosed ( in byte sequence '{s}'.");
            if (s[i] is '|' or ')')
            {
                options.Add(new BytePattern([.. atoms]));
                atoms.Clear();
                if (s[i++] == ')') return new ChoiceToken(options);
                continue;
            }
            atoms.Add(ParseAtom(s, ref i));
        }
    }

    private static GapToken ParseGap(string s, ref int i)
    {
        if (s[i] == '*') { i++; return new GapToken(0, -1); }
        var close = s.IndexOf('}', i);
        if (close < 0) throw new FormatException($"Unclosed {{ in byte sequence '{s}'.");
        var body = s[(i + 1)..close];
        i = close + 1;
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) { var n = Number(body); return new GapToken(n, n); }
        var max = body[(dash + 1)..].Trim();
        return new GapToken(Number(body[..dash]), max == "*" ? -1 : Number(max));
    }

    private static int Number(string text) => int.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    private static byte[] ParseQuoted(string s, ref int i)
    {
        var close = s.IndexOf('\'', i + 1);
        if (close < 0) throw new FormatException($"Unclosed quote in byte sequence '{s}'.");
        var text = s[(i + 1)..close];
        i = close + 1;
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    private static byte ParseHexByte(string s, ref int i)
    {
        if (i + 1 >= s.Length || !Uri.IsHexDigit(s[i]) || !Uri.IsHexDigit(s[i + 1]))
            throw new FormatException($"Expected two hex digits at {i} in byte sequence '{s}'.");
        var value = (byte)((Uri.FromHex(s[i]) << 4) | Uri.FromHex(s[i + 1]));
        i += 2;
        return value;
    }

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
    }
}
