using System.Globalization;
using System.Xml;
using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;

namespace Depot.Publishing.Oai.Formats;

/// <summary>Unqualified Dublin Core (<c>oai_dc</c>), the format every repository must offer.</summary>
internal sealed class OaiDcFormat(PublicUris uris) : IOaiFormat
{
    public const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";

    public string Prefix => "oai_dc";
    public string Schema => "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public string Namespace => OaiDc;

    public ValueTask WriteAsync(XmlWriter xml, PublicObject o, CancellationToken ct)
    {
        xml.WriteStartElement("oai_dc", "dc", OaiDc);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "xsi", null, OaiResponse.Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiResponse.Xsi, OaiDc + " " + Schema);
        foreach (var t in o.Titles) Term(xml, "title", t.Text, t.Language);
        if (o.Titles.Count == 0) Term(xml, "title", o.DisplayTitle);
        foreach (var m in o.Makers) Term(xml, "creator", m.Agent.Name);
        foreach (var s in o.Subjects) Term(xml, "subject", s.Label("nl"), "nl");
        if (o.ShortDescription.Length > 0) Term(xml, "description", o.ShortDescription, "nl");
        foreach (var i in o.Inscriptions) Term(xml, "description", $"{(i.Type.Length > 0 ? i.Type + ": " : "")}{i.Text}", i.Language);
        Term(xml, "publisher", o.Organisation.Name);
        if (o.Dating is { } dating) Term(xml, "date", dating.Edtf.Length > 0 ? dating.Edtf : dating.Text);
        if (o.ObjectName is { } name) Term(xml, "type", name.LabelNl, "nl");
        foreach (var m in o.Materials) Term(xml, "format", m.LabelNl, "nl");
        foreach (var d in o.Dimensions) Term(xml, "format", Describe(d));
        Term(xml, "identifier", uris.Object(o.Id));
        Term(xml, "identifier", o.ObjectNumber);
        foreach (var image in o.Images) Term(xml, "relation", uris.Image(image.Id));
        if (o.Rights.Licence.Length > 0) Term(xml, "rights", o.Rights.Licence);
        if (o.Rights.Holder.Length > 0) Term(xml, "rights", "© " + o.Rights.Holder);
        if (o.Rights.CreditLine.Length > 0) Term(xml, "rights", o.Rights.CreditLine);
        xml.WriteEndElement();
        return ValueTask.CompletedTask;
    }

    /// <summary>A measurement in words: "hoogte 41.5 cm (met lijst)".</summary>
    public static string Describe(Dimension d) =>
        $"{d.Type} {d.Value.ToString(CultureInfo.InvariantCulture)} {d.Unit}{(d.Part.Length > 0 ? $" ({d.Part})" : "")}".Trim();

    private static void Term(XmlWriter xml, string name, string value, string language = "")
    {
        if (value.Length == 0) return;
        xml.WriteStartElement("dc", name, Dc);
        if (language.Length > 0) xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
