using Depot.Publishing.Oai.Formats;
using Depot.Storage.Publishing;

namespace Depot.Publishing.Oai;

/// <summary>Everything the verbs share: the store, the formats, identifiers, settings and the feed's projector.</summary>
internal sealed class OaiRepository(
    OaiStore store, OaiFormats formats, OaiIdentifiers identifiers, OaiOptions options, PublicUris uris,
    PublishingOptions publishing, PublicationProjector projector)
{
    public OaiStore Store => store;
    public OaiFormats Formats => formats;
    public OaiIdentifiers Identifiers => identifiers;
    public OaiOptions Options => options;
    public PublicUris Uris => uris;
    public PublicationProjector Projector => projector;
    public int PageSize { get; } = Math.Max(1, publishing.OaiPageSize);

    /// <summary>The base URL of the protocol: what the request element and Identify name.</summary>
    public string BaseUrl => uris.Route("oai");
}
