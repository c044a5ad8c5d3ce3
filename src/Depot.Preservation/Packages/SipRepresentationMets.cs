using System.Globalization;
using System.Text;
using System.Xml;

namespace Depot.Preservation.Packages;

/// <summary>
/// The METS.xml of one representation (<c>representations/representation_N/METS.xml</c>), as meemoo
/// expects beside the package METS: the same root and header (content information type OTHER with
/// its <c>csip:OTHERCONTENTINFORMATIONTYPE</c>), the representation's PREMIS in an amdSec, its data
/// files in a fileSec, and the CSIP physical structMap. Paths are relative to the representation folder.
/// </summary>
internal static class SipRepresentationMets
{
    public static byte[] Write(int representation, string organisation, IReadOnlyList<SipEntry> data, SipEntry premis, DateTimeOffset now)
    {
        var created = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var name = $"representation_{representation.ToString(CultureInfo.InvariantCulture)}";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            SipMets.Start(xml, name, $"Depot: {organisation}, {name}", organisation, created);
            xml.WriteStartElement("amdSec", SipMets.Mets);
            xml.WriteAttributeString("ID", "amd");
            xml.WriteStartElement("digiprovMD", SipMets.Mets);
            xml.WriteAttributeString("ID", "premis");
            xml.WriteAttributeString("CREATED", created);
            xml.WriteAttributeString("STATUS", "CURRENT");
            SipMets.MdRef(xml, premis, "PREMIS", created);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("fileSec", SipMets.Mets);
            xml.WriteAttributeString("ID", "filesec");
            xml.WriteStartElement("fileGrp", SipMets.Mets);
            xml.WriteAttributeString("ID", "grp-data");
            xml.WriteAttributeString("USE", "Data");
            var n = 0;
            foreach (var file in data)
            {
                xml.WriteStartElement("file", SipMets.Mets);
                xml.WriteAttributeString("ID", $"file-{++n}");
                SipMetsStructure.FileAttributes(xml, file, created);
                xml.WriteStartElement("FLocat", SipMets.Mets);
                xml.WriteAttributeString("LOCTYPE", "URL");
                xml.WriteAttributeString("xlink", "type", SipMets.Xlink, "simple");
                xml.WriteAttributeString("xlink", "href", SipMets.Xlink, file.Path);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("structMap", SipMets.Mets);
            xml.WriteAttributeString("ID", "structmap-csip");
            xml.WriteAttributeString("TYPE", "PHYSICAL");
            xml.WriteAttributeString("LABEL", "CSIP");
            xml.WriteStartElement("div", SipMets.Mets);
            xml.WriteAttributeString("ID", "div-root");
            xml.WriteAttributeString("LABEL", name);
            xml.WriteStartElement("div", SipMets.Mets);
            xml.WriteAttributeString("ID", "div-metadata");
            xml.WriteAttributeString("LABEL", "Metadata");
            xml.WriteAttributeString("ADMID", "premis");
            xml.WriteEndElement();
            xml.WriteStartElement("div", SipMets.Mets);
            xml.WriteAttributeString("ID", "div-data");
            xml.WriteAttributeString("LABEL", "Data");
            xml.WriteStartElement("fptr", SipMets.Mets);
            xml.WriteAttributeString("FILEID", "grp-data");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }
}
