using System.Globalization;

namespace Depot.Interchange.Csv;

/// <summary>Numbers and dates as Flemish spreadsheets write them: decimal comma, day-month-year.</summary>
internal static class CsvValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    /// <summary>"12,5", "12.5", "1.234,5" and "1,234.5" are all numbers; the last of ',' and '.' is the decimal mark.</summary>
    public static decimal? Decimal(string text)
    {
        var t = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        var comma = t.LastIndexOf(',');
        var dot = t.LastIndexOf('.');
        if (comma > dot) t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (dot > comma && comma >= 0) t = t.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>An ISO or Dutch (day first) date; in a spreadsheet also a date serial (45292 = 2024-01-01).</summary>
    public static DateOnly? Date(string text, bool serials)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTime.TryParseExact(t, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)) return DateOnly.FromDateTime(dt);
        if (serials && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    public static int? Year(string text) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y) && y != 0 ? y : null;
}
