using System.Xml;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

/// <summary>
/// Walks an <c>adlibXML/recordList/record</c> export one record at a time with an
/// <see cref="XmlReader"/> (no DTD, no resolver), building each record's small node tree
/// iteratively so a hostile nesting depth cannot exhaust the stack. Any XML fault becomes a
/// <see cref="SourceFormatException"/> naming file, line and column.
/// </summary>
internal sealed partial class AdlibCursor(XmlReader xml, string fileName) : IDisposable
{
    private const int MaxDepth = 32;
    private const long MaxRecordChars = 32L * 1024 * 1024;

    private bool inRecordList;
    private long position;

    public static XmlReaderSettings Settings() => new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public long Position => position;

    /// <summary>Checks the root is <c>adlibXML</c>; an empty file or another root is refused.</summary>
    public async Task OpenAsync()
    {
        try
        {
            if (await xml.MoveToContentAsync() != XmlNodeType.Element) throw Empty();
        }
        catch (XmlException ex) when (ex.Message.Contains("Root element is missing", StringComparison.OrdinalIgnoreCase))
        {
            throw Empty();
        }
        catch (XmlException ex)
        {
            throw Fault(ex);
        }
        if (xml.LocalName != "adlibXML")
            throw new SourceFormatException(fileName, Line, Column, null,
                $"dit is geen Adlib-XML-export: het hoofdelement is <{xml.Name}>, verwacht <adlibXML> (exporteer uit Adlib/Axiell als XML, gegroepeerd of ongegroepeerd).",
                $"this is not an Adlib XML export: the root element is <{xml.Name}>, expected <adlibXML> (export from Adlib/Axiell as XML, grouped or ungrouped).");
    }

    /// <summary>Moves to the next record; false after the last.</summary>
    public async Task<bool> MoveNextAsync(CancellationToken ct)
    {
        try
        {
            if (!await MoveToNextRecordAsync(ct)) return false;
            position++;
            return true;
        }
        catch (XmlException ex)
        {
            throw Fault(ex);
        }
    }

    /// <summary>Passes over the current record without building it (resuming after a committed batch).</summary>
    public async Task SkipAsync()
    {
        try
        {
            await xml.SkipAsync();
        }
        catch (XmlException ex)
        {
            throw Fault(ex);
        }
    }

    /// <summary>Builds the current record's tree.</summary>
    public async Task<AdlibNode> ReadAsync()
    {
        try
        {
            return await ReadRecordAsync();
        }
        catch (XmlException ex)
        {
            throw Fault(ex);
        }
    }

    private async Task<bool> MoveToNextRecordAsync(CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == 2 && inRecordList && xml.LocalName == "record") return true;
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == 1)
            {
                inRecordList = xml.LocalName == "recordList" && !xml.IsEmptyElement;
                if (!inRecordList)
                {
                    await xml.SkipAsync();
                    continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.Depth == 2)
            {
                await xml.SkipAsync();
                continue;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == 1)
            {
                inRecordList = false;
            }
            else if (xml.NodeType == XmlNodeType.Text && xml.Depth <= 2)
            {
                throw new SourceFormatException(fileName, Line, Column, null,
                    "tekst buiten een record in de Adlib-export.", "text outside a record in the Adlib export.");
            }
            if (!await xml.ReadAsync()) return false;
        }
    }

    private int? Line => xml is IXmlLineInfo info && info.HasLineInfo() && info.LineNumber > 0 ? info.LineNumber : null;

    private int? Column => xml is IXmlLineInfo info && info.HasLineInfo() && info.LineNumber > 0 ? info.LinePosition : null;

    private SourceFormatException Empty() => new(fileName, null, null, null,
        "het bestand is leeg of bevat geen XML-element.", "the file is empty or holds no XML element.");

    private SourceFormatException TooLarge(string nl, string en) => new(fileName, Line, Column, position,
        $"record {position} is {nl}; dat is geen gewone Adlib-export.", $"record {position} is {en}; that is not an ordinary Adlib export.");

    private SourceFormatException Fault(XmlException ex)
    {
        int? line = ex.LineNumber > 0 ? ex.LineNumber : Line;
        int? column = ex.LineNumber > 0 ? ex.LinePosition : Column;
        long? record = position > 0 ? position : null;
        if (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            return new SourceFormatException(fileName, line, column, record,
                "het bestand bevat een DTD (<!DOCTYPE>); die wordt om veiligheidsredenen geweigerd en nooit gevolgd (geen externe entiteiten).",
                "the file contains a DTD (<!DOCTYPE>); it is refused for security and never resolved (no external entities).", ex);
        if (ex.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
            return new SourceFormatException(fileName, line, column, record,
                "onbekende of verkeerde tekenset (encoding); bewaar het bestand als UTF-8 of geef de juiste encoding op in de XML-declaratie.",
                "unknown or wrong character encoding; save the file as UTF-8 or declare the right encoding in the XML declaration.", ex);
        return new SourceFormatException(fileName, line, column, record,
            "ongeldige XML: " + ex.Message, "malformed XML: " + ex.Message, ex);
    }

    public void Dispose() => xml.Dispose();
}
