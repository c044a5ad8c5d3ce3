using System.Text;
using System.Xml;
using Depot.Interchange.Sources;

namespace Depot.Preservation.Packages;

/// <summary>A Dublin Core description (DCMI terms) of one object, as the E-ARK SIP's descriptive metadata (meemoo's basic profile reads these terms).</summary>
internal static class DublinCoreWriter
{
    public const string Terms = "http://purl.org/dc/terms/";

    public static byte[] Write(SourceObject o, string publisher)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("metadata");
            xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
            Term(xml, "identifier", o.ObjectNumber);
            foreach (var title in o.Titles) Term(xml, "title", title.Text, title.Language);
            Term(xml, "description", o.ShortDescription);
            if (o.ObjectName is { } name) Term(xml, "type", name.Label, name.Language);
            foreach (var maker in o.Makers) Term(xml, "creator", maker.Agent.Name);
            if (o.Dating is { } dating) Term(xml, "created", dating.Text);
            foreach (var material in o.Materials) Term(xml, "medium", material.Label, material.Language);
            Term(xml, "publisher", publisher);
            Term(xml, "rightsHolder", o.Rights.Holder);
            Term(xml, "license", o.Rights.Licence);
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Term(XmlWriter xml, string name, string value, string language = "")
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        xml.WriteStartElement("dcterms", name, Terms);
        if (language.Length > 0) xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
