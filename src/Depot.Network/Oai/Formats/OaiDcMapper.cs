using System.Xml.Linq;
using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

/// <summary>
/// Unqualified Dublin Core (<c>oai_dc:dc</c>): title, creator, date, type, subject, description,
/// identifier and rights fill Depot's fields (<see cref="DcRecordBuilder"/>); publisher, format,
/// relation, coverage, language and the rest are kept verbatim. The object number is the first
/// <c>dc:identifier</c> that is not a URI, else the OAI identifier.
/// </summary>
internal sealed class OaiDcMapper : IOaiRecordMapper
{
    private static readonly XName Dc = XName.Get("dc", OaiNames.OaiDc);
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    public string Prefix => "oai_dc";

    public SourceRecord Map(OaiRecord record, long position)
    {
        if (record.Metadata is not { } dc || dc.Name != Dc)
            return OaiRecordMappers.Unreadable(record, position, "de metadata is geen oai_dc:dc-element", "the metadata is not an oai_dc:dc element");
        var builder = new DcRecordBuilder();
        foreach (var e in dc.Elements())
        {
            var path = Path(e);
            var language = ((string?)e.Attribute(XmlLang) ?? "").ToLowerInvariant();
            builder.Literal(path, e.Value, language);
        }
        return builder.Build(record.Header.Identifier, position, record.Header.Identifier);
    }

    /// <summary>"dc:title" for Dublin Core; another namespace keeps its prefix in the document (or the namespace itself).</summary>
    internal static string Path(XElement e) => e.Name.NamespaceName switch
    {
        OaiNames.Dc => "dc:" + e.Name.LocalName,
        OaiNames.DcTerms => "dcterms:" + e.Name.LocalName,
        var ns => (e.GetPrefixOfNamespace(ns) ?? ns) + ":" + e.Name.LocalName,
    };
}
