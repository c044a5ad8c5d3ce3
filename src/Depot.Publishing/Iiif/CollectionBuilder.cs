using System.Globalization;
using System.Text.Json.Nodes;
using Depot.Core.Publishing;
using static Depot.Publishing.Iiif.IiifJson;

namespace Depot.Publishing.Iiif;

/// <summary>IIIF collections: all organisations, one organisation's manifests, and its pages when it has many.</summary>
internal sealed class CollectionBuilder(PublicUris uris, ManifestBuilder manifests)
{
    public string SectorId => uris.Route("iiif/collection");

    public string OrganisationId(string slug, int? page = null) =>
        uris.Route($"iiif/collection/{Uri.EscapeDataString(slug)}") + (page is int p ? "/" + p.ToString(CultureInfo.InvariantCulture) : "");

    public JsonObject Sector(IReadOnlyList<(string Slug, string Name)> organisations) => new()
    {
        ["@context"] = Context,
        ["id"] = SectorId,
        ["type"] = "Collection",
        ["label"] = Lang("Collecties met afbeeldingen", "Collections with images"),
        ["items"] = new JsonArray([.. organisations.Select(o => (JsonNode)Reference(OrganisationId(o.Slug), "Collection", Lang(o.Name)))]),
    };

    /// <summary>The organisation's collection: its manifests, or (when it has more than one page) its pages as collections.</summary>
    public JsonObject Organisation(string slug, string name, int total, int pageSize, IReadOnlyList<PublicObject>? firstPage)
    {
        var collection = Head(OrganisationId(slug), Lang(name), slug);
        var pages = (total + pageSize - 1) / pageSize;
        collection["items"] = pages <= 1
            ? Manifests(firstPage ?? [])
            : new JsonArray([.. Enumerable.Range(1, pages).Select(p => (JsonNode)Reference(OrganisationId(slug, p), "Collection",
                Lang($"{name}, deel {p} van {pages}", $"{name}, part {p} of {pages}")))]);
        return collection;
    }

    public JsonObject Page(string slug, string name, int page, int pages, IReadOnlyList<PublicObject> objects)
    {
        var collection = Head(OrganisationId(slug, page), Lang($"{name}, deel {page} van {pages}", $"{name}, part {page} of {pages}"), slug);
        collection["partOf"] = new JsonArray(Reference(OrganisationId(slug), "Collection", Lang(name)));
        collection["items"] = Manifests(objects);
        return collection;
    }

    private JsonObject Head(string id, JsonObject label, string slug) => new()
    {
        ["@context"] = Context,
        ["id"] = id,
        ["type"] = "Collection",
        ["label"] = label,
        ["homepage"] = new JsonArray(Linked(uris.Doc("organisation", slug), "Text", label.DeepClone().AsObject(), "text/html")),
    };

    private JsonArray Manifests(IReadOnlyList<PublicObject> objects) =>
        new([.. objects.Select(o => (JsonNode)Reference(manifests.ManifestId(o.Id), "Manifest", ManifestBuilder.Label(o)))]);

    private static JsonObject Reference(string id, string type, JsonObject label) => new() { ["id"] = id, ["type"] = type, ["label"] = label };
}
