using System.Xml;
using Depot.Interchange.Sources;

namespace Depot.Web.Importing;

/// <summary>Tells the format of an upload from its extension, and for XML from its root element (never resolving a DTD).</summary>
public static class FormatDetection
{
    public static SourceFormat? FromExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".tsv" or ".txt" => SourceFormat.Csv,
        ".xlsx" => SourceFormat.Xlsx,
        _ => null,
    };

    /// <summary>LIDO (a record, <c>lidoWrap</c>, or an OAI-PMH response) or Adlib (<c>adlibXML</c>); null when neither or unreadable.</summary>
    public static SourceFormat? FromXml(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            if (reader.MoveToContent() != XmlNodeType.Element) return null;
            return reader.LocalName switch
            {
                "lidoWrap" or "lido" or "OAI-PMH" => SourceFormat.Lido,
                "adlibXML" => SourceFormat.Adlib,
                _ => null,
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static SourceFormat? Detect(string fileName, string path) => FromExtension(fileName) ?? FromXml(path);
}
