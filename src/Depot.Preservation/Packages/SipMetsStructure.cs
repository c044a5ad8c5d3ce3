using System.Globalization;
using System.Xml;

namespace Depot.Preservation.Packages;

/// <summary>The fileSec and the CSIP structMap of the package METS.</summary>
internal static class SipMetsStructure
{
    public static void Write(XmlWriter xml, string objectId, IReadOnlyList<SipEntry> entries, IReadOnlyList<SipEntry> premis, string created)
    {
        var representations = entries.Where(e => e.Kind == SipEntryKind.Content).GroupBy(e => e.Representation).OrderBy(g => g.Key).ToList();
        var representationMets = entries.Where(e => e.Kind == SipEntryKind.RepresentationMets).ToDictionary(e => e.Representation);
        if (representations.Count > 0)
        {
            xml.WriteStartElement("fileSec", SipMets.Mets);
            xml.WriteAttributeString("ID", "filesec");
            foreach (var group in representations)
            {
                xml.WriteStartElement("fileGrp", SipMets.Mets);
                xml.WriteAttributeString("ID", $"grp-{group.Key}");
                xml.WriteAttributeString("USE", $"Representations/representation_{group.Key}");
                var n = 0;
                var own = representationMets.TryGetValue(group.Key, out var mets) ? [mets] : Array.Empty<SipEntry>();
                foreach (var file in own.Concat(group))
                {
                    xml.WriteStartElement("file", SipMets.Mets);
                    xml.WriteAttributeString("ID", $"file-{group.Key}-{++n}");
                    FileAttributes(xml, file, created);
                    xml.WriteStartElement("FLocat", SipMets.Mets);
                    xml.WriteAttributeString("LOCTYPE", "URL");
                    xml.WriteAttributeString("xlink", "type", SipMets.Xlink, "simple");
                    xml.WriteAttributeString("xlink", "href", SipMets.Xlink, file.Path);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        xml.WriteStartElement("structMap", SipMets.Mets);
        xml.WriteAttributeString("ID", "structmap-csip");
        xml.WriteAttributeString("TYPE", "PHYSICAL");
        xml.WriteAttributeString("LABEL", "CSIP");
        xml.WriteStartElement("div", SipMets.Mets);
        xml.WriteAttributeString("ID", "div-root");
        xml.WriteAttributeString("LABEL", objectId);
        var descriptive = entries.Where(e => e.Kind == SipEntryKind.Descriptive).Select(e => $"dmd-{e.Representation}").ToList();
        xml.WriteStartElement("div", SipMets.Mets);
        xml.WriteAttributeString("ID", "div-metadata");
        xml.WriteAttributeString("LABEL", "Metadata");
        if (premis.Count > 0) xml.WriteAttributeString("ADMID", string.Join(' ', premis.Select(p => $"premis-{p.Representation}")));
        if (descriptive.Count > 0) xml.WriteAttributeString("DMDID", string.Join(' ', descriptive));
        xml.WriteEndElement();
        foreach (var group in representations)
        {
            xml.WriteStartElement("div", SipMets.Mets);
            xml.WriteAttributeString("ID", $"div-representation-{group.Key}");
            xml.WriteAttributeString("LABEL", $"Representations/representation_{group.Key}");
            if (representationMets.TryGetValue(group.Key, out var own))
            {
                xml.WriteStartElement("mptr", SipMets.Mets);
                xml.WriteAttributeString("LOCTYPE", "URL");
                xml.WriteAttributeString("xlink", "type", SipMets.Xlink, "simple");
                xml.WriteAttributeString("xlink", "href", SipMets.Xlink, own.Path);
                xml.WriteAttributeString("xlink", "title", SipMets.Xlink, $"grp-{group.Key}");
                xml.WriteEndElement();
            }
            xml.WriteStartElement("fptr", SipMets.Mets);
            xml.WriteAttributeString("FILEID", $"grp-{group.Key}");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>CSIP's required file attributes: media type, size, creation time and checksum.</summary>
    public static void FileAttributes(XmlWriter xml, SipEntry entry, string created)
    {
        xml.WriteAttributeString("MIMETYPE", entry.MediaType);
        xml.WriteAttributeString("SIZE", entry.Size.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("CREATED", created);
        xml.WriteAttributeString("CHECKSUM", entry.Sha256.ToUpperInvariant());
        xml.WriteAttributeString("CHECKSUMTYPE", "SHA-256");
    }
}
