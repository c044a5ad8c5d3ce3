using Depot.Core;

namespace Depot.Publishing;

/// <summary>
/// Persistent URIs after the Flemish URI standard: <c>{base}/id/{type}/{key}</c> names the thing,
/// <c>{base}/doc/{type}/{key}</c> the document about it. Keys are database ids (organisations:
/// their slug), which never change when a record is edited and are never reused.
/// </summary>
public sealed class PublicUris(PublishingOptions options)
{
    public static readonly IReadOnlyDictionary<string, RecordType?> Types = new Dictionary<string, RecordType?>(StringComparer.Ordinal)
    {
        ["object"] = RecordType.Object,
        ["agent"] = RecordType.Agent,
        ["place"] = RecordType.Place,
        ["concept"] = RecordType.Concept,
        ["organisation"] = null,
    };

    public string Base { get; } = options.BaseUri.ToString().TrimEnd('/');

    public string Id(string type, string key) => $"{Base}/id/{type}/{Uri.EscapeDataString(key)}";

    public string Doc(string type, string key) => $"{Base}/doc/{type}/{Uri.EscapeDataString(key)}";

    public string Object(long id) => Id("object", Key(id));
    public string Agent(long id) => Id("agent", Key(id));
    public string Place(long id) => Id("place", Key(id));
    public string Concept(long id) => Id("concept", Key(id));
    public string Organisation(string slug) => Id("organisation", slug);

    /// <summary>The public address of an image's bytes.</summary>
    public string Image(long imageId) => $"{Base}/media/{imageId}";

    /// <summary>The IIIF Image API 3.0 service of a depot file (<c>/iiif/3/{fileId}</c>).</summary>
    public string ImageService(long fileId) => $"{Base}/iiif/3/{fileId}";

    /// <summary>Any other public route (<c>/ldes/…</c>, <c>/oai</c>, <c>/iiif/…</c>) as an absolute URI.</summary>
    public string Route(string path) => Base + "/" + path.TrimStart('/');

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
