using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Depot.Interchange.Rdf;

/// <summary>
/// Reads RDF/XML: node elements (typed or <c>rdf:Description</c>) with <c>rdf:about</c>,
/// <c>rdf:ID</c> or <c>rdf:nodeID</c>; property elements with <c>rdf:resource</c>, nested nodes,
/// <c>xml:lang</c>, <c>rdf:datatype</c>, property attributes and <c>rdf:parseType</c> Resource,
/// Literal and Collection. Each top-level description is read and emitted on its own, so memory
/// stays flat with file size. DTDs are refused (no entity expansion, no external resolution).
/// </summary>
public sealed partial class RdfXmlReader
{
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private static readonly XName About = XName.Get("about", RdfVocabulary.Rdf);
    private static readonly XName Id = XName.Get("ID", RdfVocabulary.Rdf);
    private static readonly XName NodeId = XName.Get("nodeID", RdfVocabulary.Rdf);
    private static readonly XName Resource = XName.Get("resource", RdfVocabulary.Rdf);
    private static readonly XName Datatype = XName.Get("datatype", RdfVocabulary.Rdf);
    private static readonly XName ParseType = XName.Get("parseType", RdfVocabulary.Rdf);
    private static readonly XName Lang = XName.Get("lang", XmlNs);
    private static readonly XName Base = XName.Get("base", XmlNs);

    private readonly List<Triple> pending = [];
    private int blankCounter;

    private RdfXmlReader()
    {
    }

    /// <summary>Settings that refuse DTDs and never fetch anything: no XXE, no entity bombs.</summary>
    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        MaxCharactersFromEntities = 0,
    };

    public static IEnumerable<Triple> Read(Stream stream, string? baseUri = null) =>
        Read(XmlReader.Create(stream, SafeSettings()), baseUri ?? "");

    public static IEnumerable<Triple> Read(TextReader text, string? baseUri = null) =>
        Read(XmlReader.Create(text, SafeSettings()), baseUri ?? "");

    public static IReadOnlyList<Triple> Parse(string xml, string? baseUri = null) => Read(new StringReader(xml), baseUri).ToList();

    private static IEnumerable<Triple> Read(XmlReader xml, string baseUri)
    {
        using (xml)
        {
            var rdf = new RdfXmlReader();
            var (lang, docBase, wrapped) = Guarded(xml, () => OpenRoot(xml, baseUri));
            while (true)
            {
                var node = Guarded(xml, () => NextNodeElement(xml, wrapped));
                if (node is null) yield break;
                Guarded(xml, () => rdf.NodeElement(node, lang, docBase));
                foreach (var t in rdf.pending) yield return t;
                rdf.pending.Clear();
                if (!wrapped) yield break;
            }
        }
    }

    /// <summary>Moves to the document element; rdf:RDF wraps the descriptions, anything else is one description.</summary>
    private static (string Lang, string Base, bool Wrapped) OpenRoot(XmlReader xml, string baseUri)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element) throw new XmlException("Geen XML-element gevonden.");
        var wrapped = xml.LocalName == "RDF" && xml.NamespaceURI == RdfVocabulary.Rdf;
        if (!wrapped) return ("", baseUri, false);
        var lang = xml.GetAttribute("lang", XmlNs) ?? "";
        var docBase = xml.GetAttribute("base", XmlNs) ?? baseUri;
        if (xml.IsEmptyElement) return (lang, docBase, true);
        xml.Read();
        return (lang.ToLowerInvariant(), docBase, true);
    }

    private static XElement? NextNodeElement(XmlReader xml, bool wrapped)
    {
        if (wrapped)
        {
            while (xml.NodeType != XmlNodeType.Element)
            {
                if (xml.NodeType == XmlNodeType.EndElement || xml.EOF) return null;
                if (xml.NodeType == XmlNodeType.Text && !string.IsNullOrWhiteSpace(xml.Value))
                    throw new XmlException("Tekst buiten een beschrijving in rdf:RDF.");
                if (!xml.Read()) return null;
            }
        }
        else if (xml.NodeType != XmlNodeType.Element)
        {
            return null;
        }
        XElement element;
        using (var subtree = xml.ReadSubtree())
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        xml.Read();
        return element;
    }

    private static T Guarded<T>(XmlReader xml, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex)
        {
            var (line, column) = xml is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (ex.LineNumber, ex.LinePosition);
            if (ex.LineNumber > 0) (line, column) = (ex.LineNumber, ex.LinePosition);
            var dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            throw new RdfSyntaxException(
                dtd ? "een DTD (en daarmee entiteiten of externe verwijzingen) is niet toegestaan in RDF/XML; verwijder de <!DOCTYPE>"
                    : "ongeldige XML: " + ex.Message, line, column);
        }
    }

    private static void Guarded(XmlReader xml, Action read) => Guarded(xml, () =>
    {
        read();
        return true;
    });

    private BlankNode NewBlankNode() => new("#x" + (++blankCounter).ToString(CultureInfo.InvariantCulture));

    private static RdfSyntaxException Error(XObject at, string message)
    {
        var info = (IXmlLineInfo)at;
        return new RdfSyntaxException(message, info.LineNumber, info.LinePosition);
    }
}
