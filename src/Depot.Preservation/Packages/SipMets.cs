using System.Globalization;
using System.Text;
using System.Xml;
using Depot.Preservation.Premis;

namespace Depot.Preservation.Packages;

/// <summary>One file of an E-ARK SIP as its METS lists it (path relative to the package root).</summary>
internal sealed record SipEntry(SipEntryKind Kind, int Representation, string Path, long Size, string Sha256, string MediaType);

internal enum SipEntryKind
{
    Descriptive,
    Preservation,
    Content,

    /// <summary>A representation's own METS.xml, which the package METS points to.</summary>
    RepresentationMets,
}

/// <summary>
/// The package METS of an E-ARK SIP after the Common Specification (CSIP): a dmdSec per object
/// pointing to its Dublin Core, an amdSec with a digiprovMD per representation's PREMIS, a fileSec
/// with a fileGrp per representation (each file with size, SHA-256 and media type), and the CSIP
/// physical structMap, whose representation divs point (<c>mptr</c>) to each representation's own
/// METS.xml (<see cref="SipRepresentationMets"/>). One object is one representation
/// (<c>representations/representation_N</c>), as meemoo's SIP lays them out.
/// </summary>
internal static class SipMets
{
    public const string Mets = "http://www.loc.gov/METS/";
    public const string Xlink = "http://www.w3.org/1999/xlink";
    public const string Csip = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>meemoo's SIP profile, declared wherever <c>csip:CONTENTINFORMATIONTYPE</c> is OTHER.</summary>
    public const string OtherContentInformationType = "https://data.hetarchief.be/id/sip/1.1/basic";

    public static byte[] Write(string objectId, string organisation, IReadOnlyList<SipEntry> entries, DateTimeOffset now)
    {
        var created = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            Start(xml, objectId, $"Depot: {organisation}", organisation, created);

            foreach (var d in entries.Where(e => e.Kind == SipEntryKind.Descriptive))
            {
                xml.WriteStartElement("dmdSec", Mets);
                xml.WriteAttributeString("ID", $"dmd-{d.Representation}");
                xml.WriteAttributeString("CREATED", created);
                xml.WriteAttributeString("STATUS", "CURRENT");
                MdRef(xml, d, "DC", created);
                xml.WriteEndElement();
            }
            var premis = entries.Where(e => e.Kind == SipEntryKind.Preservation).ToList();
            if (premis.Count > 0)
            {
                xml.WriteStartElement("amdSec", Mets);
                xml.WriteAttributeString("ID", "amd");
                foreach (var p in premis)
                {
                    xml.WriteStartElement("digiprovMD", Mets);
                    xml.WriteAttributeString("ID", $"premis-{p.Representation}");
                    xml.WriteAttributeString("CREATED", created);
                    xml.WriteAttributeString("STATUS", "CURRENT");
                    MdRef(xml, p, "PREMIS", created);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            SipMetsStructure.Write(xml, objectId, entries, premis, created);
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The <c>mets</c> root and its header, the same for the package and each representation: CSIP's
    /// content information type OTHER is always declared with <c>csip:OTHERCONTENTINFORMATIONTYPE</c>
    /// (meemoo's SIP profile), and the header names the software and the organisation as creators.
    /// </summary>
    internal static void Start(XmlWriter xml, string objectId, string label, string organisation, string created)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("mets", Mets);
        xml.WriteAttributeString("xmlns", "xlink", null, Xlink);
        xml.WriteAttributeString("xmlns", "csip", null, Csip);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi,
            $"{Mets} http://www.loc.gov/standards/mets/mets.xsd {Xlink} http://www.loc.gov/standards/mets/xlink.xsd {Csip} https://earkcsip.dilcis.eu/schema/CSIPExtensionMETS.xsd");
        xml.WriteAttributeString("OBJID", objectId);
        xml.WriteAttributeString("LABEL", label);
        xml.WriteAttributeString("TYPE", "OTHER");
        xml.WriteAttributeString("csip", "OTHERTYPE", Csip, "Collection objects with their digital files");
        xml.WriteAttributeString("csip", "CONTENTINFORMATIONTYPE", Csip, "OTHER");
        xml.WriteAttributeString("csip", "OTHERCONTENTINFORMATIONTYPE", Csip, OtherContentInformationType);
        xml.WriteAttributeString("PROFILE", "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml");

        xml.WriteStartElement("metsHdr", Mets);
        xml.WriteAttributeString("CREATEDATE", created);
        xml.WriteAttributeString("RECORDSTATUS", "NEW");
        xml.WriteAttributeString("csip", "OAISPACKAGETYPE", Csip, "SIP");
        Agent(xml, "CREATOR", "OTHER", "SOFTWARE", "Depot", PremisVocabulary.SoftwareVersion);
        Agent(xml, "CREATOR", "ORGANIZATION", null, organisation, null);
        xml.WriteEndElement();
    }

    private static void Agent(XmlWriter xml, string role, string type, string? otherType, string name, string? version)
    {
        xml.WriteStartElement("agent", Mets);
        xml.WriteAttributeString("ROLE", role);
        xml.WriteAttributeString("TYPE", type);
        if (otherType is not null) xml.WriteAttributeString("OTHERTYPE", otherType);
        xml.WriteElementString("name", Mets, name);
        if (version is not null)
        {
            xml.WriteStartElement("note", Mets);
            xml.WriteAttributeString("csip", "NOTETYPE", Csip, "SOFTWARE VERSION");
            xml.WriteString(version);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    internal static void MdRef(XmlWriter xml, SipEntry entry, string type, string created)
    {
        xml.WriteStartElement("mdRef", Mets);
        xml.WriteAttributeString("LOCTYPE", "URL");
        xml.WriteAttributeString("xlink", "type", Xlink, "simple");
        xml.WriteAttributeString("xlink", "href", Xlink, entry.Path);
        xml.WriteAttributeString("MDTYPE", type);
        if (type == "PREMIS") xml.WriteAttributeString("MDTYPEVERSION", "3.0");
        SipMetsStructure.FileAttributes(xml, entry, created);
        xml.WriteEndElement();
    }
}
