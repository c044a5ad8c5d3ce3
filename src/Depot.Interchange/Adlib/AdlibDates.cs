using System.Globalization;
using System.Text.RegularExpressions;

namespace Depot.Interchange.Adlib;

/// <summary>Adlib stores dates as ISO-like text of any precision: "1601", "1638-03", "1569-09-05".</summary>
internal static partial class AdlibDates
{
    /// <summary>The year of an Adlib date, or null when the text is not one ("0000", "ca. 1600").</summary>
    public static int? Year(string text)
    {
        var m = IsoDate().Match(text.Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year == 0) return null;
        if (m.Groups[2].Success && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is < 1 or > 12) return null;
        if (m.Groups[3].Success && Full(text) is null) return null;
        return year;
    }

    /// <summary>A full calendar date, or null when the text gives only a year or month.</summary>
    public static DateOnly? Full(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex(@"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")]
    private static partial Regex IsoDate();
}
