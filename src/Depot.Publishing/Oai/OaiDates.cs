using System.Globalization;

namespace Depot.Publishing.Oai;

/// <summary>
/// A from or until argument: the repository's granularity is seconds, so both
/// <c>YYYY-MM-DD</c> and <c>YYYY-MM-DDThh:mm:ssZ</c> are accepted (protocol 3.3.1).
/// </summary>
internal sealed record OaiDate(DateTimeOffset Value, bool DayOnly, string Text)
{
    public const string Granularity = "YYYY-MM-DDThh:mm:ssZ";
    private const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The first instant after this bound: until is inclusive at its granularity (until=2026-11-29 includes that whole day).</summary>
    public DateTimeOffset EndExclusive => DayOnly ? Value.AddDays(1) : Value.AddSeconds(1);

    public static OaiDate? Parse(string text)
    {
        var style = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (text.Length == DayFormat.Length && DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, style, out var day))
            return new OaiDate(new DateTimeOffset(day, TimeSpan.Zero), true, text);
        if (text.Length == 20 && DateTime.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture, style, out var seconds))
            return new OaiDate(new DateTimeOffset(seconds, TimeSpan.Zero), false, text);
        return null;
    }

    /// <summary>A datestamp as the protocol writes it: UTC, whole seconds.</summary>
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(SecondsFormat, CultureInfo.InvariantCulture);
}
