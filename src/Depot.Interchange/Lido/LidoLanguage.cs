namespace Depot.Interchange.Lido;

/// <summary>Short language codes from the forms LIDO files use (xml:lang="nl-NL", "deu", "ger").</summary>
internal static class LidoLanguage
{
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nld"] = "nl",
        ["dut"] = "nl",
        ["deu"] = "de",
        ["ger"] = "de",
        ["eng"] = "en",
        ["fra"] = "fr",
        ["fre"] = "fr",
        ["ita"] = "it",
        ["spa"] = "es",
        ["lat"] = "la",
    };

    public static string Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var primary = value.Trim().Split('-', '_')[0];
        if (ThreeLetter.TryGetValue(primary, out var two)) return two;
        return primary.ToLowerInvariant();
    }
}
