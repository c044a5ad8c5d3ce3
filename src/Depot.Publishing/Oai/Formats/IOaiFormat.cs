using System.Xml;
using Depot.Core.Publishing;

namespace Depot.Publishing.Oai.Formats;

/// <summary>A metadata format the repository disseminates: every public object is available in each.</summary>
internal interface IOaiFormat
{
    string Prefix { get; }
    string Schema { get; }
    string Namespace { get; }

    /// <summary>Writes the record's metadata (one root element) from its public shape.</summary>
    ValueTask WriteAsync(XmlWriter xml, PublicObject o, CancellationToken ct);
}

/// <summary>The formats by prefix, in the order ListMetadataFormats names them.</summary>
internal sealed class OaiFormats(PublicUris uris, OaiOptions options)
{
    public IReadOnlyList<IOaiFormat> All { get; } = [new OaiDcFormat(uris), new LidoFormat(uris), new EdmFormat(uris, options)];

    public IOaiFormat? Find(string prefix) => All.FirstOrDefault(f => f.Prefix == prefix);
}
