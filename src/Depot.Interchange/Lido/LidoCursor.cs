using System.Text;
using System.Xml;
using System.Xml.Linq;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

/// <summary>
/// Walks the envelope of a LIDO file (a lone record, a lidoWrap, an OAI-PMH response) from one
/// <c>lido:lido</c> to the next, turning every parser fault into a <see cref="SourceFormatException"/>
/// that names the file, line and column.
/// </summary>
internal sealed class LidoCursor(XmlReader xml, string fileName, CountingStream counting)
{
    private readonly IXmlLineInfo? lineInfo = xml as IXmlLineInfo;
    private bool oai;

    public int? Line => lineInfo is not null && lineInfo.HasLineInfo() && lineInfo.LineNumber > 0 ? lineInfo.LineNumber : null;

    /// <summary>Reads to the root element and checks it is LIDO or OAI-PMH.</summary>
    public void Start()
    {
        var found = Guard(null, () => xml.MoveToContent() == XmlNodeType.Element);
        if (!found)
            throw Fault(null, "Het bestand is leeg: er staat geen XML-element in.", "The file is empty: it holds no XML element.");
        var (ns, local) = (xml.NamespaceURI, xml.LocalName);
        if (ns == LidoNames.Lido && local is "lido" or "lidoWrap") return;
        if (ns == LidoNames.OaiPmh && local == "OAI-PMH")
        {
            oai = true;
            return;
        }
        throw Fault(null,
            $"Het hoofdelement is <{xml.Name}> in namespace '{ns}'; verwacht wordt lido:lido of lido:lidoWrap in namespace {LidoNames.Lido}, of een OAI-PMH-antwoord.",
            $"The root element is <{xml.Name}> in namespace '{ns}'; expected lido:lido or lido:lidoWrap in namespace {LidoNames.Lido}, or an OAI-PMH response.");
    }

    /// <summary>Moves to the start of the next lido:lido; false at the end of the file.</summary>
    public bool MoveToRecord(long record) => Guard(record, () =>
    {
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "lido" && xml.NamespaceURI == LidoNames.Lido) return true;
                if (oai && xml.LocalName == "error" && xml.NamespaceURI == LidoNames.OaiPmh) throw OaiError(record);
            }
            xml.Read();
        }
        return false;
    });

    public void Skip(long record) => Guard(record, () =>
    {
        xml.Skip();
        return true;
    });

    public XElement ReadRecord(long record) => Guard(record, () => (XElement)XNode.ReadFrom(xml));

    private SourceFormatException OaiError(long record)
    {
        var code = xml.GetAttribute("code") ?? "";
        var text = xml.ReadElementContentAsString().Trim();
        return Fault(record, $"Het OAI-PMH-antwoord meldt een fout ({code}): {text}", $"The OAI-PMH response reports an error ({code}): {text}");
    }

    private T Guard<T>(long? record, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (XmlException ex)
        {
            throw Translate(ex, record);
        }
        catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            throw new SourceFormatException(fileName, Line, Column, record,
                $"De tekens van het bestand kunnen niet gelezen worden (onbekende of foute tekenset): {ex.Message}",
                $"The file's characters cannot be read (unknown or wrong encoding): {ex.Message}", ex);
        }
    }

    private SourceFormatException Translate(XmlException ex, long? record)
    {
        int? line = ex.LineNumber > 0 ? ex.LineNumber : Line;
        int? column = ex.LinePosition > 0 ? ex.LinePosition : Column;
        var message = ex.Message;
        if (message.Contains("DTD", StringComparison.Ordinal))
            return new SourceFormatException(fileName, line, column, record,
                "Het bestand bevat een DTD (<!DOCTYPE …>). Om veiligheidsredenen worden DTD's en externe entiteiten geweigerd en nooit opgehaald.",
                "The file contains a DTD (<!DOCTYPE …>). For security, DTDs and external entities are refused and never resolved.", ex);
        if (message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
            return new SourceFormatException(fileName, line, column, record,
                $"Onbekende of foute tekenset (encoding): {message}", $"Unknown or wrong encoding: {message}", ex);
        if (counting.BytesRead == 0 || message.Contains("Root element is missing", StringComparison.Ordinal))
            return new SourceFormatException(fileName, line, column, record,
                "Het bestand is leeg: er staat geen XML-element in.", "The file is empty: it holds no XML element.", ex);
        return new SourceFormatException(fileName, line, column, record,
            $"Het bestand is geen goedgevormde XML: {message}", $"The file is not well-formed XML: {message}", ex);
    }

    private int? Column => lineInfo is not null && lineInfo.HasLineInfo() && lineInfo.LineNumber > 0 ? lineInfo.LinePosition : null;

    private SourceFormatException Fault(long? record, string nl, string en) => new(fileName, Line, Column, record, nl, en);
}
