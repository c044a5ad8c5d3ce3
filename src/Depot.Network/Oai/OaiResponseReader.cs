using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Depot.Interchange.Rdf;
using Depot.Network.Harvesting;

namespace Depot.Network.Oai;

/// <summary>
/// Reads one OAI-PMH response from the (bounded) body as it streams in, one record at a time.
/// The reader refuses DTDs and never resolves an entity (the safe settings the RDF/XML and LIDO
/// readers use): a source cannot make Depot fetch or expand anything. A response that is not
/// well-formed, or not OAI-PMH, stops the harvest naming the URL, line and column.
/// </summary>
internal static class OaiResponseReader
{
    private static readonly XNamespace P = OaiNames.P;

    public static OaiAnswer Read(Stream body, string url)
    {
        try
        {
            using var xml = XmlReader.Create(body, RdfXmlReader.SafeSettings());
            return ReadRoot(xml, url);
        }
        catch (XmlException e)
        {
            throw new HarvestFailedException(url,
                $"{url}: het antwoord is geen goedgevormde XML (regel {e.LineNumber}, kolom {e.LinePosition}): {e.Message}",
                $"{url}: the response is not well-formed XML (line {e.LineNumber}, column {e.LinePosition}): {e.Message}", e);
        }
    }

    private static OaiAnswer ReadRoot(XmlReader xml, string url)
    {
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "OAI-PMH" || xml.NamespaceURI != OaiNames.Pmh)
            throw new HarvestFailedException(url,
                $"{url}: het antwoord is geen OAI-PMH (hoofdelement <{xml.Name}>)", $"{url}: the response is not OAI-PMH (root element <{xml.Name}>)");
        var errors = new List<OaiProtocolError>();
        var records = new List<OaiRecord>();
        var token = "";
        long? size = null;
        XElement? identify = null;
        xml.Read();
        while (Next(xml))
        {
            if (xml.NamespaceURI != OaiNames.Pmh) xml.Skip();
            else if (xml.LocalName == "error")
                errors.Add(new OaiProtocolError(xml.GetAttribute("code") ?? "", xml.ReadElementContentAsString().Trim()));
            else if (xml.LocalName == "Identify") identify = (XElement)XNode.ReadFrom(xml);
            else if (xml.LocalName is "ListRecords" or "GetRecord" && !xml.IsEmptyElement)
            {
                xml.Read();
                while (Next(xml))
                {
                    if (xml.LocalName == "record" && xml.NamespaceURI == OaiNames.Pmh) records.Add(Record((XElement)XNode.ReadFrom(xml), url));
                    else if (xml.LocalName == "resumptionToken" && xml.NamespaceURI == OaiNames.Pmh)
                    {
                        size = long.TryParse(xml.GetAttribute("completeListSize"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                        token = xml.ReadElementContentAsString().Trim();
                    }
                    else xml.Skip();
                }
                xml.Read();
            }
            else xml.Skip();
        }
        return new OaiAnswer(errors, records, token, size, identify);
    }

    /// <summary>Moves to the next child element of the current element; false at its end tag.</summary>
    private static bool Next(XmlReader xml)
    {
        while (!xml.EOF && xml.NodeType != XmlNodeType.Element)
        {
            if (xml.NodeType == XmlNodeType.EndElement) return false;
            xml.Read();
        }
        return !xml.EOF;
    }

    private static OaiRecord Record(XElement record, string url)
    {
        var header = record.Element(P + "header");
        var identifier = header?.Element(P + "identifier")?.Value.Trim() ?? "";
        if (identifier.Length == 0)
            throw new HarvestFailedException(url, $"{url}: een record heeft geen header met identifier", $"{url}: a record has no header with an identifier");
        var deleted = (string?)header!.Attribute("status") == "deleted";
        var datestamp = header.Element(P + "datestamp")?.Value.Trim() ?? "";
        var metadata = deleted ? null : record.Element(P + "metadata")?.Elements().FirstOrDefault();
        return new OaiRecord(new OaiHeader(identifier, datestamp, deleted), metadata);
    }
}
