using System.Globalization;

namespace Depot.Web.Pages.Movements;

/// <summary>Date and time boxes speak Belgian time; the database keeps UTC.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Brussels = Find();

    /// <summary>The value for an <c>&lt;input type="datetime-local"&gt;</c>.</summary>
    public static string ForInput(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Brussels).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a datetime-local or date value as Belgian time; null when it is empty or unreadable.</summary>
    public static DateTimeOffset? Parse(string? text, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        if (endOfDay && text.Trim().Length == 10) local = local.AddDays(1).AddTicks(-1);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
