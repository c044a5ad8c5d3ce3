using System.Globalization;
using System.Text;

namespace Depot.Interchange.Csv;

/// <summary>
/// A first mapping for a file the organisation has not mapped before: a header that equals a
/// field's key or its Dutch or English label (ignoring case, accents, spaces and punctuation;
/// "Hoogte" also matches "Hoogte (cm)") maps to that field. Each field and each header is taken once; the
/// import screen shows the suggestion for the user to correct.
/// </summary>
public static class CsvMappingSuggestion
{
    public static CsvMapping Suggest(IReadOnlyList<string> headers, string delimiter = ";")
    {
        ArgumentNullException.ThrowIfNull(headers);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<ColumnMapping>();
        foreach (var header in headers)
        {
            var key = Normalise(header);
            if (key.Length == 0 || !seen.Add(header)) continue;
            var field = CsvFields.All.FirstOrDefault(f => !taken.Contains(f.Key) && FullNames(f).Contains(key))
                ?? CsvFields.All.FirstOrDefault(f => !taken.Contains(f.Key) && ShortNames(f).Contains(key));
            if (field is null) continue;
            taken.Add(field.Key);
            columns.Add(new ColumnMapping(header, field.Key));
        }
        return new CsvMapping(columns, delimiter);
    }

    private static IEnumerable<string> FullNames(CsvField f) => [Normalise(f.Key), Normalise(f.Nl), Normalise(f.En)];

    private static IEnumerable<string> ShortNames(CsvField f) => [Normalise(WithoutParenthesis(f.Nl)), Normalise(WithoutParenthesis(f.En))];

    /// <summary>"Hoogte (cm)" → "Hoogte"; "Vervaardiger (URI)" stays whole, it is not the maker.</summary>
    private static string WithoutParenthesis(string label) =>
        label.IndexOf('(', StringComparison.Ordinal) is var i and > 0 && label[i..] is "(cm)" or "(g)" or "(tekst)" or "(text)" ? label[..i] : label;

    /// <summary>"Vervaardiger (URI)" → "vervaardigeruri", "Créditline" → "creditline".</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
