using System.Text.Json.Nodes;

namespace Depot.Publishing.Iiif;

/// <summary>The small JSON shapes of IIIF Presentation 3.0: language maps, label/value pairs, linked resources.</summary>
internal static class IiifJson
{
    public const string Context = "http://iiif.io/api/presentation/3/context.json";
    public const string MediaType = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";

    /// <summary>A language map with Dutch and, when there is one, English; English falls back to the Dutch text.</summary>
    public static JsonObject Lang(string nl, string? en = null) => new()
    {
        ["nl"] = new JsonArray(nl),
        ["en"] = new JsonArray(string.IsNullOrWhiteSpace(en) ? nl : en),
    };

    /// <summary>A language map of values in Dutch only (descriptions and texts as registered).</summary>
    public static JsonObject Nl(IEnumerable<string> values) => new() { ["nl"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) };

    /// <summary>A value that has no language (numbers, names).</summary>
    public static JsonObject None(string value) => new() { ["none"] = new JsonArray(value) };

    public static JsonObject Pair(string labelNl, string labelEn, JsonObject value) => new() { ["label"] = Lang(labelNl, labelEn), ["value"] = value };

    public static JsonObject Linked(string id, string type, JsonObject label, string format, string? profile = null)
    {
        var o = new JsonObject { ["id"] = id, ["type"] = type, ["label"] = label, ["format"] = format };
        if (profile is not null) o["profile"] = profile;
        return o;
    }

    /// <summary>
    /// IIIF takes only Creative Commons and RightsStatements.org URIs, in their http form; others
    /// (or free text) are not a <c>rights</c> value and are shown as metadata instead.
    /// </summary>
    public static string? RightsUri(string licence)
    {
        var uri = licence.Trim();
        if (uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) uri = "http://" + uri[8..];
        if (!uri.StartsWith("http://creativecommons.org/licenses/", StringComparison.Ordinal)
            && !uri.StartsWith("http://creativecommons.org/publicdomain/", StringComparison.Ordinal)
            && !uri.StartsWith("http://rightsstatements.org/vocab/", StringComparison.Ordinal)) return null;
        return Uri.TryCreate(uri, UriKind.Absolute, out _) && !uri.Any(char.IsWhiteSpace) ? uri : null;
    }
}
