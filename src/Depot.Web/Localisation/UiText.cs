using System.Globalization;
using Depot.Core.Validation;
using Depot.Web.Hosting;

namespace Depot.Web.Localisation;

/// <summary>
/// The words of the web UI in the language of the request: Dutch unless the person chose English
/// (cookie <c>depot.lang</c>, see <see cref="Language"/>). One instance per request.
/// </summary>
public sealed class UiText(IHttpContextAccessor accessor)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo Brussels = FindBrussels();

    public bool IsEnglish { get; } = accessor.HttpContext is { } context && Language.IsEnglish(context);

    /// <summary>"nl" or "en": for <c>&lt;html lang&gt;</c>, concept labels and the search.</summary>
    public string Code => IsEnglish ? "en" : "nl";

    public CultureInfo Culture => IsEnglish ? English : Dutch;

    public string this[string key] => Texts.All.TryGetValue(key, out var t) ? (IsEnglish ? t.En : t.Nl) : key;

    /// <summary>The text for <paramref name="key"/>, or <paramref name="fallback"/> when there is none (e.g. a field added later).</summary>
    public string Or(string key, string fallback) => Texts.All.TryGetValue(key, out var t) ? (IsEnglish ? t.En : t.Nl) : fallback;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Pick(string nl, string en) => IsEnglish ? en : nl;

    public string Message(FieldError error) => error.Message(Code);

    /// <summary>"24 november 2026" (nl-BE) or "24 November 2026".</summary>
    public string Date(DateTimeOffset value) => Local(value).ToString("d MMMM yyyy", Culture);

    /// <summary>"24 november 2026, 14:05" in Belgian time.</summary>
    public string DateTime(DateTimeOffset value) => Local(value).ToString(IsEnglish ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy 'om' HH:mm", Culture);

    public string Number(long value) => value.ToString("N0", Culture);

    private static DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Brussels);

    private static TimeZoneInfo FindBrussels()
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
