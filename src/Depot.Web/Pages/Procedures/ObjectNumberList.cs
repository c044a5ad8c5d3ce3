using System.Globalization;
using Depot.Core.Validation;
using Depot.Storage.Procedures;

namespace Depot.Web.Pages.Procedures;

/// <summary>The object-number box of the procedure forms: one number per line, for loans optionally "= insurance value".</summary>
public static class ObjectNumberList
{
    public sealed record Line(string Number, decimal? Value);

    public static List<Line> Parse(string? text, bool withValues, List<FieldError> errors)
    {
        var lines = new List<Line>();
        foreach (var raw in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = withValues ? raw.Split('=', 2, StringSplitOptions.TrimEntries) : [raw];
            decimal? value = null;
            if (parts.Length == 2 && parts[1].Length > 0)
            {
                if (TryParseAmount(parts[1], out var v)) value = v;
                else errors.Add(new FieldError("objects", "insurance.unreadable", $"‘{parts[1]}’ is geen bedrag (bv. 15000 of 15.000,50).",
                    $"‘{parts[1]}’ is not an amount (e.g. 15000 or 15.000,50)."));
            }
            if (parts[0].Length > 0 && lines.All(l => l.Number != parts[0])) lines.Add(new Line(parts[0], value));
        }
        return lines;
    }

    /// <summary>Reads "15000", "15.000,50" or "€ 15000.50" as an amount.</summary>
    public static bool TryParseAmount(string text, out decimal amount)
    {
        var t = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal);
        // A comma is the decimal sign (nl-BE) and then dots group thousands; otherwise a single dot with 1–2 decimals is the sign.
        if (t.Contains(',', StringComparison.Ordinal)) t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (t.Count(c => c == '.') > 1 || (t.LastIndexOf('.') is var dot && dot >= 0 && t.Length - dot - 1 == 3)) t = t.Replace(".", "", StringComparison.Ordinal);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>The ids of the numbers, by number; unknown numbers become a field error naming them.</summary>
    public static async Task<Dictionary<string, long>> ResolveAsync(ProcedureQueries queries, long organisationId, IReadOnlyList<Line> lines,
        List<FieldError> errors, CancellationToken ct)
    {
        var numbers = lines.Select(l => l.Number).ToList();
        var (ids, unknown) = await queries.ResolveNumbersAsync(organisationId, numbers, ct);
        if (unknown.Count > 0)
            errors.Add(new FieldError("objects", "objects.unknown",
                $"Deze objectnummers bestaan niet in deze organisatie: {string.Join(", ", unknown)}.",
                $"These object numbers do not exist in this organisation: {string.Join(", ", unknown)}."));
        return numbers.Except(unknown).Zip(ids).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    public static List<long> Ids(IReadOnlyList<Line> lines, Dictionary<string, long> found) =>
        [.. lines.Where(l => found.ContainsKey(l.Number)).Select(l => found[l.Number])];

    /// <summary>The box's text for stored objects (and values), one per line.</summary>
    public static string Format(IEnumerable<ProcedureObjectRow> objects, IReadOnlyDictionary<long, decimal>? values = null) =>
        string.Join("\n", objects.Select(o => values is not null && values.TryGetValue(o.Id, out var v)
            ? $"{o.ObjectNumber} = {v.ToString("0.##", CultureInfo.InvariantCulture)}" : o.ObjectNumber));
}
