using System.Text.Json.Nodes;

namespace Depot.Preservation.IiifImage;

/// <summary>The <c>info.json</c> of an image service (IIIF Image API 3.0, section 5), level 2 with what this server adds.</summary>
internal static class ImageServiceInfo
{
    public const string Context = "http://iiif.io/api/image/3/context.json";
    public const string ProfileUri = "http://iiif.io/api/image/3/level2.json";

    public static readonly string[] ExtraFeatures =
        ["baseUriRedirect", "cors", "jsonldMediaType", "mirroring", "profileLinkHeader", "rotationArbitrary", "sizeUpscaling"];

    public static JsonObject Build(string id, PyramidShape shape, int tileSize, ImageLimits limits)
    {
        // Every pyramid level is a size served without scaling; smallest first, as the spec suggests.
        var sizes = new JsonArray();
        foreach (var (w, h) in shape.Levels.Reverse().Where(l => l.Width <= limits.MaxWidth && l.Height <= limits.MaxHeight && (long)l.Width * l.Height <= limits.MaxArea))
            sizes.Add(new JsonObject { ["width"] = w, ["height"] = h });
        var scaleFactors = new JsonArray();
        for (var k = 0; k < shape.Levels.Count; k++) scaleFactors.Add(1 << k);
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = id,
            ["type"] = "ImageService3",
            ["protocol"] = "http://iiif.io/api/image",
            ["profile"] = "level2",
            ["width"] = shape.Width,
            ["height"] = shape.Height,
            ["maxWidth"] = limits.MaxWidth,
            ["maxHeight"] = limits.MaxHeight,
            ["maxArea"] = limits.MaxArea,
            ["sizes"] = sizes,
            ["tiles"] = new JsonArray(new JsonObject { ["width"] = tileSize, ["scaleFactors"] = scaleFactors }),
            ["extraQualities"] = new JsonArray("color", "gray", "bitonal"),
            ["extraFormats"] = new JsonArray("webp"),
            ["extraFeatures"] = new JsonArray([.. ExtraFeatures.Select(f => (JsonNode)f)]),
        };
    }
}
