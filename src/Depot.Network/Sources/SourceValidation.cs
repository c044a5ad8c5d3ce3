using Depot.Core.Network;
using Depot.Core.Validation;

namespace Depot.Network.Sources;

/// <summary>The rules a registration must meet, each broken rule said in Dutch and English.</summary>
internal static class SourceValidation
{
    public static readonly IReadOnlyDictionary<HarvestSourceKind, string[]> Formats = new Dictionary<HarvestSourceKind, string[]>
    {
        [HarvestSourceKind.Ldes] = [],
        [HarvestSourceKind.OaiPmh] = ["lido", "edm", "oai_dc"],
        [HarvestSourceKind.FileUrl] = ["lido", "csv"],
    };

    /// <param name="input">Already <see cref="SourceInput.Normalised"/>.</param>
    /// <param name="options">For the shortest interval allowed.</param>
    /// <param name="mappingIsTheOrganisations">Whether the CSV mapping exists in the same organisation.</param>
    public static List<FieldError> Check(SourceInput input, NetworkOptions options, bool mappingIsTheOrganisations)
    {
        var errors = new List<FieldError>();
        if (input.Name.Length is 0 or > 200)
            errors.Add(new("name", "name.required", "Geef de bron een naam (hoogstens 200 tekens).", "Give the source a name (at most 200 characters)."));
        if (!Enum.IsDefined(input.Kind))
            errors.Add(new("kind", "kind.invalid", "Kies LDES, OAI-PMH of een bestand op een URL.", "Choose LDES, OAI-PMH or a file at a URL."));
        CheckUrl(input.Url, errors);
        if (Enum.IsDefined(input.Kind)) CheckFormat(input, mappingIsTheOrganisations, errors);
        if (input.SetSpec.Length > 200)
            errors.Add(new("setSpec", "setSpec.tooLong", "Een set is hoogstens 200 tekens.", "A set is at most 200 characters."));
        var minimum = (int)Math.Ceiling(options.MinimumInterval.TotalMinutes);
        if (input.IntervalMinutes < Math.Max(1, minimum))
            errors.Add(new("intervalMinutes", "interval.tooShort",
                $"Oogst hoogstens om de {Math.Max(1, minimum)} minuten (het platform staat geen kortere tussentijd toe).",
                $"Harvest at most every {Math.Max(1, minimum)} minutes (the platform allows no shorter interval)."));
        return errors;
    }

    private static void CheckUrl(string url, List<FieldError> errors)
    {
        if (url.Length == 0 || url.Length > HarvestSource.UrlMaxLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(new("url", "url.invalid", "Geef een volledige http- of https-URL, bv. https://collectie.museum.be/ldes.",
                "Enter a full http or https URL, e.g. https://collectie.museum.be/ldes."));
            return;
        }
        // Credentials in a URL end up in logs and on the health page; sources must be public or allowed by address instead.
        if (uri.UserInfo.Length > 0)
            errors.Add(new("url", "url.userInfo", "Zet geen gebruikersnaam of wachtwoord in de URL.", "Do not put a user name or password in the URL."));
    }

    private static void CheckFormat(SourceInput input, bool mappingIsTheOrganisations, List<FieldError> errors)
    {
        var allowed = Formats[input.Kind];
        if (allowed.Length == 0)
        {
            if (input.MetadataFormat.Length > 0)
                errors.Add(new("metadataFormat", "format.none", "Een LDES-stroom heeft geen metadataformaat: laat het leeg.", "An LDES stream has no metadata format: leave it empty."));
            return;
        }
        if (!allowed.Contains(input.MetadataFormat, StringComparer.Ordinal))
        {
            errors.Add(new("metadataFormat", "format.invalid",
                $"Kies als formaat {string.Join(" of ", allowed)}.", $"Choose {string.Join(" or ", allowed)} as the format."));
            return;
        }
        if (input.Kind == HarvestSourceKind.FileUrl && input.MetadataFormat == "csv" && !mappingIsTheOrganisations)
            errors.Add(new("csvMappingId", "mapping.required",
                "Een CSV-bestand heeft een bewaarde kolomkoppeling van deze organisatie nodig (maak er een bij Importeren).",
                "A CSV file needs a saved column mapping of this organisation (make one under Import)."));
    }
}
