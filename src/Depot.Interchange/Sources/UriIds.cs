using Depot.Core.Registration.Authorities;
using Depot.Interchange.Lido;

namespace Depot.Interchange.Sources;

/// <summary>
/// Turns an identifier a source gives as a URI into the form every reader uses, so the same
/// person or concept from Adlib, LIDO or a spreadsheet carries the same id: full http URIs,
/// Getty's <c>/page/</c> forms folded to the vocabulary URI, Wikidata's <c>/wiki/</c> to <c>/entity/</c>.
/// </summary>
internal static class UriIds
{
    /// <summary>The URI in its usual form: trimmed, Getty and Wikidata spellings folded.</summary>
    public static string Normalise(string uri)
    {
        var u = uri.Trim();
        u = u.Replace("://vocab.getty.edu/page/", "://vocab.getty.edu/", StringComparison.OrdinalIgnoreCase);
        if (u.StartsWith("https://vocab.getty.edu/", StringComparison.OrdinalIgnoreCase)) u = "http://" + u["https://".Length..];
        if (u.Contains("wikidata.org/wiki/Q", StringComparison.OrdinalIgnoreCase))
            u = "http://www.wikidata.org/entity/" + u[(u.LastIndexOf('/') + 1)..];
        return u;
    }

    /// <summary>An agent or place id from a URI, exactly as the LIDO reader forms it (VIAF, RKD, Wikidata,
    /// ULAN, GeoNames, TGN by their bare id; any other URI under its host), so both sources match.</summary>
    public static ExternalId ToExternalId(string uri)
    {
        var u = Normalise(uri);
        return LidoIdentifiers.ToExternalId(u, null) ?? new ExternalId("uri", u);
    }

    public static bool IsUri(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
