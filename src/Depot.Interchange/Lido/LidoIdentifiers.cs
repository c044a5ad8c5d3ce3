using Depot.Core.Registration.Authorities;

namespace Depot.Interchange.Lido;

/// <summary>
/// Turns LIDO identifiers (actorID, placeID, conceptID) into Depot's external ids and term ids.
/// Known authorities (VIAF, RKD, Wikidata, ULAN, GeoNames, TGN, AAT) become their scheme with the
/// bare id; other URIs keep the whole URI with their host as scheme; anything else is "local".
/// </summary>
internal static class LidoIdentifiers
{
    private static readonly (string Host, string PathPart, string Scheme)[] Authorities =
    [
        ("viaf.org", "/viaf/", "viaf"),
        ("rkd.nl", "", "rkd"),
        ("wikidata.org", "", "wikidata"),
        ("vocab.getty.edu", "/ulan/", "ulan"),
        ("vocab.getty.edu", "/tgn/", "tgn"),
        ("vocab.getty.edu", "/aat/", "aat"),
        ("geonames.org", "", "geonames"),
    ];

    public static ExternalId? ToExternalId(string value, string? source)
    {
        var v = value.Trim();
        if (v.Length == 0) return null;
        if (Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            foreach (var (host, part, scheme) in Authorities)
            {
                if (!uri.Host.EndsWith(host, StringComparison.OrdinalIgnoreCase) || !uri.AbsolutePath.Contains(part, StringComparison.OrdinalIgnoreCase)) continue;
                var last = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
                // A known authority's URI must round-trip through ExternalId.ToUri(); a form that would not keeps the URI.
                if (last.Length > 0 && ExternalId.KnownSchemes[scheme] + last == v) return new ExternalId(scheme, last);
                if (last.Length > 0 && IsPlainId(last)) return new ExternalId(scheme, last);
            }
            return new ExternalId(uri.Host, v);
        }
        var known = SchemeOfSource(source);
        return new ExternalId(known ?? "local", v);
    }

    /// <summary>A concept id as <see cref="Sources.SourceTerm.Ids"/> carries it: a URI, or "local:…" for a local number.</summary>
    public static string ToTermId(string value, string? source)
    {
        var v = value.Trim();
        if (v.Length == 0) return "";
        if (Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return v;
        if (v.StartsWith("local:", StringComparison.Ordinal)) return v;
        var known = SchemeOfSource(source);
        return known is not null && IsPlainId(v) ? ExternalId.KnownSchemes[known] + v : "local:" + v;
    }

    /// <summary>Whether lido:source named the scheme of a bare id (so the id carries it and the attribute is used).</summary>
    public static bool SourceNamesScheme(string value, string? source) =>
        !value.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase) && SchemeOfSource(source) is not null;

    private static string? SchemeOfSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var words = source.Split(SourceSeparators, StringSplitOptions.RemoveEmptyEntries);
        return ExternalId.KnownSchemes.Keys.FirstOrDefault(key => words.Any(w => w.Equals(key, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly char[] SourceSeparators = [' ', '/', ':', '.', '-', '_', '(', ')', ','];

    private static bool IsPlainId(string s) => s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
