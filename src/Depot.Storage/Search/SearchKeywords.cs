using System.Text;

namespace Depot.Storage.Search;

/// <summary>
/// Turns what a person typed into a full-text query that can never be read as query syntax:
/// every word is quoted, words are ANDed and the last one matches as a prefix (search as you type).
/// Words without a letter or digit (<c>"</c>, <c>(</c>, <c>&amp;</c>) carry no meaning and are dropped.
/// </summary>
internal static class SearchKeywords
{
    /// <summary>At most this many words count; a pasted paragraph should not become a 500-term query.</summary>
    private const int MaxWords = 16;

    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        return [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Select(w => w.Length > 100 ? w[..100] : w)
            .Take(MaxWords)];
    }

    /// <summary>FTS5: <c>"rubens" "kruis"*</c>. Inside a string a double quote is doubled.</summary>
    public static string Fts5(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append('"').Append(words[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (i == words.Count - 1) sb.Append('*');
        }
        return sb.ToString();
    }

    /// <summary>
    /// PostgreSQL <c>to_tsquery</c>: <c>'rubens' &amp; 'kruis':*</c>. A quoted word is run through the
    /// Dutch parser and stemmer like the document was; quotes are doubled and backslashes escaped.
    /// </summary>
    public static string TsQuery(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(" & ");
            var escaped = words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal);
            sb.Append('\'').Append(escaped).Append('\'');
            if (i == words.Count - 1) sb.Append(":*");
        }
        return sb.ToString();
    }
}
