namespace Depot.Interchange.Adlib;

/// <summary>
/// Adlib writes the language of a translated value as a number of its own interface languages
/// (<c>lang="1"</c>) or, in newer Axiell exports, as a culture name (<c>lang="nl-NL"</c>). The
/// numbers below are the ones the reference exports show with recognisable text; others are kept
/// as written rather than guessed.
/// </summary>
internal static class AdlibLanguages
{
    private static readonly Dictionary<string, string> Numbered = new(StringComparer.Ordinal)
    {
        ["0"] = "en",
        ["1"] = "nl",
        ["2"] = "fr",
        ["3"] = "de",
        ["4"] = "ar",
        ["5"] = "it",
        ["6"] = "el",
        ["9"] = "sv",
        ["10"] = "he",
        ["14"] = "zh",
    };

    /// <summary>"1" → "nl", "nl-NL" → "nl", "neutral" stays, an invariant value or none → "".</summary>
    public static string Normalise(string? lang, bool invariant)
    {
        if (invariant || string.IsNullOrWhiteSpace(lang)) return "";
        var l = lang.Trim();
        if (l.Equals(AdlibValue.Neutral, StringComparison.OrdinalIgnoreCase)) return AdlibValue.Neutral;
        if (Numbered.TryGetValue(l, out var code)) return code;
        var dash = l.IndexOfAny(['-', '_']);
        return (dash > 0 ? l[..dash] : l).ToLowerInvariant();
    }
}
