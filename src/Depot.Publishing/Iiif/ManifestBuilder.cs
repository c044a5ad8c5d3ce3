using System.Globalization;
using System.Text.Json.Nodes;
using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;
using static Depot.Publishing.Iiif.IiifJson;

namespace Depot.Publishing.Iiif;

/// <summary>
/// A IIIF Presentation 3.0 manifest of a public object, built from its public snapshot only: one
/// canvas per public image, each painted by the stored image at its public address.
/// </summary>
internal sealed class ManifestBuilder(PublicUris uris)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public string ManifestId(long objectId) => uris.Route($"iiif/object/{Key(objectId)}/manifest");

    public JsonObject Build(PublicObject o)
    {
        var id = ManifestId(o.Id);
        var manifest = new JsonObject
        {
            ["@context"] = Context,
            ["id"] = id,
            ["type"] = "Manifest",
            ["label"] = Label(o),
        };
        if (o.ShortDescription.Length > 0) manifest["summary"] = Nl([o.ShortDescription]);
        manifest["metadata"] = Metadata(o);
        if (RightsUri(o.Rights.Licence) is { } rights) manifest["rights"] = rights;
        manifest["requiredStatement"] = Pair("Naamsvermelding", "Attribution",
            Nl([o.Rights.CreditLine.Length > 0 ? o.Rights.CreditLine : o.Rights.Holder.Length > 0 ? o.Rights.Holder : o.Organisation.Name]));
        manifest["provider"] = new JsonArray(Provider(o.Organisation));
        manifest["homepage"] = new JsonArray(Linked(uris.Doc("object", Key(o.Id)), "Text", Label(o), "text/html"));
        manifest["seeAlso"] = new JsonArray(Linked(uris.Doc("object", Key(o.Id)) + ".jsonld", "Dataset",
            Lang("Beschrijving in OSLO (JSON-LD)", "Description in OSLO (JSON-LD)"), "application/ld+json",
            "https://data.vlaanderen.be/ns/cultureel-erfgoed"));
        if (o.Images.Count > 0) manifest["thumbnail"] = new JsonArray(Thumbnail(o.Images[0]));
        manifest["items"] = new JsonArray([.. o.Images.Select((image, n) => (JsonNode)Canvas(id, image, n))]);
        return manifest;
    }

    public static JsonObject Label(PublicObject o)
    {
        var english = o.Titles.FirstOrDefault(t => t.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))?.Text;
        return Lang(o.DisplayTitle, english);
    }

    public JsonObject Provider(PublicOrganisation organisation) => new()
    {
        ["id"] = uris.Organisation(organisation.Slug),
        ["type"] = "Agent",
        ["label"] = Lang(organisation.Name),
        ["homepage"] = new JsonArray(Linked(uris.Doc("organisation", organisation.Slug), "Text", Lang(organisation.Name), "text/html")),
    };

    private JsonObject Canvas(string manifestId, PublicImage image, int n)
    {
        var canvasId = manifestId[..^"/manifest".Length] + $"/canvas/{Key(image.Id)}";
        var label = image.Caption.Length > 0 ? Lang(image.Caption) : Lang($"Afbeelding {n + 1}", $"Image {n + 1}");
        var annotation = new JsonObject
        {
            ["id"] = canvasId + "/annotation",
            ["type"] = "Annotation",
            ["motivation"] = "painting",
            ["body"] = ImageBody(image),
            ["target"] = canvasId,
        };
        return new JsonObject
        {
            ["id"] = canvasId,
            ["type"] = "Canvas",
            ["label"] = label,
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["items"] = new JsonArray(new JsonObject { ["id"] = canvasId + "/page", ["type"] = "AnnotationPage", ["items"] = new JsonArray(annotation) }),
        };
    }

    /// <summary>
    /// The stored image; or, when the depot serves it through the IIIF Image API, the service's full
    /// image as JPEG with the service attached, so viewers zoom with tiles instead of loading the original.
    /// </summary>
    private JsonObject ImageBody(PublicImage image)
    {
        if (image.ImageServiceId is not long service)
            return new()
            {
                ["id"] = uris.Image(image.Id),
                ["type"] = "Image",
                ["format"] = image.MediaType,
                ["width"] = image.Width,
                ["height"] = image.Height,
            };
        var serviceId = uris.ImageService(service);
        return new()
        {
            ["id"] = serviceId + "/full/max/0/default.jpg",
            ["type"] = "Image",
            ["format"] = "image/jpeg",
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["service"] = new JsonArray(new JsonObject { ["id"] = serviceId, ["type"] = "ImageService3", ["profile"] = "level2" }),
        };
    }

    /// <summary>The main image; served by the Image API, a small rendering of it rather than the full image.</summary>
    private JsonObject Thumbnail(PublicImage image)
    {
        var body = ImageBody(image);
        if (image.ImageServiceId is not long service) return body;
        var scale = Math.Min(1, Math.Min(ThumbnailSide / (double)Math.Max(1, image.Width), ThumbnailSide / (double)Math.Max(1, image.Height)));
        body["id"] = uris.ImageService(service) + $"/full/!{ThumbnailSide},{ThumbnailSide}/0/default.jpg";
        body["width"] = Math.Max(1, (int)Math.Round(image.Width * scale));
        body["height"] = Math.Max(1, (int)Math.Round(image.Height * scale));
        return body;
    }

    private const int ThumbnailSide = 400;

    private static JsonArray Metadata(PublicObject o)
    {
        var pairs = new JsonArray(Pair("Objectnummer", "Object number", None(o.ObjectNumber)));
        if (o.ObjectName is { } name) pairs.Add(Pair("Objectnaam", "Object name", Lang(name.LabelNl, name.LabelEn)));
        if (o.Makers.Count > 0) pairs.Add(Pair("Vervaardiger", "Maker", Nl(o.Makers.Select(Maker))));
        if (o.Dating is { Text.Length: > 0 } dating) pairs.Add(Pair("Datering", "Dating", Nl([dating.Text])));
        if (o.Materials.Count > 0)
            pairs.Add(Pair("Materiaal", "Material", new JsonObject
            {
                ["nl"] = new JsonArray([.. o.Materials.Select(m => (JsonNode)JsonValue.Create(m.LabelNl))]),
                ["en"] = new JsonArray([.. o.Materials.Select(m => (JsonNode)JsonValue.Create(m.Label("en")))]),
            }));
        if (o.Dimensions.Count > 0) pairs.Add(Pair("Afmetingen", "Dimensions", Nl(o.Dimensions.Select(Dimension))));
        if (o.Rights.Licence.Length > 0 && RightsUri(o.Rights.Licence) is null) pairs.Add(Pair("Licentie", "Licence", None(o.Rights.Licence)));
        return pairs;
    }

    private static string Maker(PublicMaker m)
    {
        var notes = string.Join(", ", new[] { m.Role, m.Qualifier }.Where(s => s.Length > 0));
        return notes.Length > 0 ? $"{m.Agent.Name} ({notes})" : m.Agent.Name;
    }

    private static string Dimension(Dimension d)
    {
        var text = $"{d.Type}: {d.Value.ToString("0.###", Dutch)} {d.Unit}".Trim();
        return d.Part.Length > 0 ? $"{text} ({d.Part})" : text;
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
