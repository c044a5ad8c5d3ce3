using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Csv;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Exporting;

/// <summary>How a column of a CSV or XLSX export is headed: the field's Dutch or English label, or its key.</summary>
public enum ExportHeader
{
    Dutch,
    English,
    Keys,
}

/// <summary>
/// The cells of a spreadsheet export, one per <see cref="CsvFields"/> key, so the file re-imports
/// with the suggested mapping. Repeatable fields hold their values joined by <see cref="Separator"/>;
/// the maker columns stay aligned (the n-th role belongs to the n-th maker, even when empty).
/// </summary>
public static class ExportColumns
{
    public const string Separator = " | ";

    /// <summary>A sensible first choice of columns for a list of objects.</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "objectNumber", "title", "objectName", "objectName.uri", "description", "numberOfParts", "maker", "maker.role",
        "dating", "dating.earliest", "dating.latest", "material", "technique", "dimension.height", "dimension.width",
        "dimension.depth", "subject", "condition", "acquisition.method", "acquisition.date", "currentLocation", "rights.licence",
    ];

    /// <summary>Fields whose cell is a number when it holds one value (so a spreadsheet can sum and sort them).</summary>
    public static bool IsNumeric(string key) =>
        key is "numberOfParts" or "dating.earliest" or "dating.latest" || key.StartsWith("dimension.", StringComparison.Ordinal);

    /// <summary>The known keys among <paramref name="keys"/> (comma-separated lists allowed), in the order given, without repeats; the default set when none is known.</summary>
    public static IReadOnlyList<string> Choose(IEnumerable<string>? keys)
    {
        var known = (keys ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(k => CsvFields.Find(k) is not null).Distinct(StringComparer.Ordinal).ToList();
        return known.Count > 0 ? known : Default;
    }

    public static string Heading(string key, ExportHeader header) => CsvFields.Find(key) is { } f
        ? header switch { ExportHeader.Dutch => f.Nl, ExportHeader.English => f.En, _ => f.Key }
        : key;

    /// <summary>The cell of one field for one record: its values joined by <see cref="Separator"/>.</summary>
    public static string Cell(SourceObject o, string key) => string.Join(Separator, Values(o, key));

    public static IReadOnlyList<string> Values(SourceObject o, string key)
    {
        ArgumentNullException.ThrowIfNull(o);
        return key switch
        {
            "objectNumber" => One(o.ObjectNumber),
            "title" => [.. o.Titles.Where(t => t.Type == TitleType.Preferred).Select(t => t.Text)],
            "title.alternate" => [.. o.Titles.Where(t => t.Type == TitleType.Alternate).Select(t => t.Text)],
            "objectName" => One(o.ObjectName?.Label),
            "objectName.uri" => One(o.ObjectName is { Ids.Count: > 0 } name ? name.Ids[0] : null),
            "classification" => [.. o.Classifications.Select(c => c.Label)],
            "description" => One(o.ShortDescription),
            "numberOfParts" => One(o.NumberOfParts?.ToString(CultureInfo.InvariantCulture)),
            "maker" => [.. o.Makers.Select(m => m.Agent.Name)],
            "maker.role" => Aligned(o.Makers.Select(m => m.Role)),
            "maker.qualifier" => Aligned(o.Makers.Select(m => m.Qualifier)),
            "maker.uri" => Aligned(o.Makers.Select(m => m.Agent.Ids.Count > 0 ? m.Agent.Ids[0].ToUri() : "")),
            "dating" => One(o.Dating?.Text),
            "dating.earliest" => One(o.Dating?.Earliest?.ToString(CultureInfo.InvariantCulture)),
            "dating.latest" => One(o.Dating?.Latest?.ToString(CultureInfo.InvariantCulture)),
            "material" => [.. o.Materials.Select(t => t.Label)],
            "technique" => [.. o.Techniques.Select(t => t.Label)],
            "dimension.height" => Measure(o, "cm", "hoogte", "height"),
            "dimension.width" => Measure(o, "cm", "breedte", "width"),
            "dimension.depth" => Measure(o, "cm", "diepte", "depth"),
            "dimension.diameter" => Measure(o, "cm", "diameter"),
            "dimension.weight" => Measure(o, "g", "gewicht", "weight"),
            "subject" => [.. o.Subjects.Where(s => s.Term is not null).Select(s => s.Term!.Label)],
            "depictedPerson" => [.. o.Subjects.Where(s => s.Agent is not null).Select(s => s.Agent!.Name)],
            "depictedPlace" => [.. o.Subjects.Where(s => s.Place is not null).Select(s => s.Place!.Name)],
            "inscription" => [.. o.Inscriptions.Select(i => i.Text)],
            "condition" => One(o.Condition?.Label),
            "condition.note" => One(o.ConditionNote),
            "acquisition.method" => One(o.Acquisition?.Method?.Label),
            "acquisition.source" => One(o.Acquisition?.Source?.Name),
            "acquisition.date" => One(o.Acquisition?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "acquisition.note" => One(o.Acquisition?.Note),
            "currentLocation" => One(o.CurrentLocation),
            "rights.licence" => One(o.Rights.Licence),
            "rights.holder" => One(o.Rights.Holder),
            "rights.creditLine" => One(o.Rights.CreditLine),
            _ => [],
        };
    }

    private static string[] One(string? value) => string.IsNullOrEmpty(value) ? [] : [value];

    /// <summary>Values that belong to the n-th maker: all empty means no cell at all, otherwise every position is kept.</summary>
    private static string[] Aligned(IEnumerable<string> values)
    {
        var list = values.ToArray();
        return list.All(v => v.Length == 0) ? [] : list;
    }

    /// <summary>The first whole-object dimension of a type (else the first of any part), converted to the column's unit.</summary>
    private static string[] Measure(SourceObject o, string unit, params string[] types)
    {
        var matching = o.Dimensions.Where(d => types.Contains(d.Type.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        var d = matching.FirstOrDefault(x => x.Part.Length == 0) ?? matching.FirstOrDefault();
        if (d is null) return [];
        var value = Convert(d.Value, d.Unit.Trim().ToLowerInvariant(), unit);
        return value is decimal v ? [v.ToString("0.####", CultureInfo.InvariantCulture)] : [];
    }

    private static decimal? Convert(decimal value, string from, string to) => (from, to) switch
    {
        ("cm", "cm") or ("", "cm") => value,
        ("mm", "cm") => value / 10,
        ("m", "cm") => value * 100,
        ("g", "g") or ("", "g") => value,
        ("kg", "g") => value * 1000,
        ("mg", "g") => value / 1000,
        _ => null,
    };
}
