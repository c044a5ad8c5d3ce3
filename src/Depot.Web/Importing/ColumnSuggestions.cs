using Depot.Interchange.Csv;

namespace Depot.Web.Importing;

/// <summary>A first guess at the mapping: a column whose header is a field's key or its Dutch or English label gets that field.</summary>
public static class ColumnSuggestions
{
    public static IReadOnlyDictionary<string, string> Suggest(IReadOnlyList<string> headers)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in CsvFields.All)
            foreach (var name in new[] { field.Key, field.Nl, field.En })
                byName.TryAdd(Normalise(name), field.Key);
        var suggested = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
            if (byName.TryGetValue(Normalise(header), out var key))
                suggested[header] = key;
        return suggested;
    }

    private static string Normalise(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
