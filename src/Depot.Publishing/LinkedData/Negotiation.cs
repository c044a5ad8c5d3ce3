using System.Globalization;

namespace Depot.Publishing.LinkedData;

/// <summary>Content negotiation for persistent URIs: which document an Accept header asks for.</summary>
internal static class Negotiation
{
    /// <summary>A document variant: its extension after <c>/doc/{type}/{key}</c> (empty for the HTML page).</summary>
    public sealed record Variant(string Extension);

    public static readonly Variant Html = new("");

    private static readonly (string MediaType, Variant Variant)[] Offers =
    [
        ("text/html", Html),
        ("application/xhtml+xml", Html),
        ("application/ld+json", new("jsonld")),
        ("application/json", new("jsonld")),
        ("text/turtle", new("ttl")),
        ("application/n-triples", new("nt")),
    ];

    /// <summary>The variant the header prefers most (highest q, then first listed); HTML when there is no header; null when nothing offered is acceptable.</summary>
    public static Variant? Choose(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Html;
        Variant? best = null;
        var bestQ = 0.0;
        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';');
            var mediaType = parts[0].Trim().ToLowerInvariant();
            var q = 1.0;
            foreach (var parameter in parts.Skip(1))
            {
                var kv = parameter.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim() == "q" && double.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) q = parsed;
            }
            var variant = mediaType is "*/*" or "text/*" ? Html : Offers.FirstOrDefault(o => o.MediaType == mediaType).Variant;
            if (variant is null || q <= bestQ) continue;
            best = variant;
            bestQ = q;
        }
        return best;
    }
}
