using System.Globalization;
using System.Xml;
using Depot.Core.Publishing;

namespace Depot.Publishing.Oai.Formats;

/// <summary>
/// Europeana's EDM as RDF/XML (the external profile, <c>EDM.xsd</c>): the object as
/// <c>edm:ProvidedCHO</c>, each public image as <c>edm:WebResource</c>, and the
/// <c>ore:Aggregation</c> tying them to the organisation (<c>edm:dataProvider</c>), the object's
/// public page (<c>edm:isShownAt</c>), its first image (<c>edm:isShownBy</c>) and the rights.
/// </summary>
internal sealed partial class EdmFormat(PublicUris uris, OaiOptions options) : IOaiFormat
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Edm = "http://www.europeana.eu/schemas/edm/";
    public const string Ore = "http://www.openarchives.org/ore/terms/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    private const string Dc = OaiDcFormat.Dc;

    public string Prefix => "edm";
    public string Schema => "http://www.europeana.eu/schemas/edm/EDM.xsd";
    public string Namespace => Rdf;

    public ValueTask WriteAsync(XmlWriter xml, PublicObject o, CancellationToken ct)
    {
        xml.WriteStartElement("rdf", "RDF", Rdf);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "edm", null, Edm);
        xml.WriteAttributeString("xmlns", "ore", null, Ore);
        var cho = uris.Object(o.Id);
        var rights = EdmRights.Statement(o.Rights.Licence);
        ProvidedCho(xml, o, cho);
        foreach (var image in o.Images)
        {
            xml.WriteStartElement("edm", "WebResource", Edm);
            xml.WriteAttributeString("rdf", "about", Rdf, uris.Image(image.Id));
            Literal(xml, Dc, "description", image.Caption, "nl");
            Literal(xml, Dc, "format", image.MediaType);
            Resource(xml, Edm, "rights", rights);
            xml.WriteEndElement();
        }
        Aggregation(xml, o, cho, rights);
        xml.WriteEndElement();
        return ValueTask.CompletedTask;
    }

    private static void ProvidedCho(XmlWriter xml, PublicObject o, string cho)
    {
        xml.WriteStartElement("edm", "ProvidedCHO", Edm);
        xml.WriteAttributeString("rdf", "about", Rdf, cho);
        foreach (var m in o.Makers)
        {
            Literal(xml, Dc, "creator", m.Agent.Name);
            foreach (var same in m.Agent.SameAs) Resource(xml, Dc, "creator", same);
        }
        Literal(xml, Dc, "description", o.ShortDescription, "nl");
        Literal(xml, Dc, "identifier", o.ObjectNumber);
        foreach (var s in o.Subjects)
        {
            Literal(xml, Dc, "subject", s.Label("nl"), s.Concept is null ? "" : "nl");
            var uri = s.Concept?.Uri ?? First(s.Agent?.SameAs) ?? First(s.Place?.SameAs) ?? "";
            if (uri.Length > 0) Resource(xml, Dc, "subject", uri);
        }
        foreach (var t in o.Titles) Literal(xml, Dc, "title", t.Text, t.Language);
        if (o.Titles.Count == 0) Literal(xml, Dc, "title", o.DisplayTitle);
        if (o.ObjectName is { } name)
        {
            Literal(xml, Dc, "type", name.LabelNl, "nl");
            if (name.LabelEn.Length > 0) Literal(xml, Dc, "type", name.LabelEn, "en");
            if (name.Uri.Length > 0) Resource(xml, Dc, "type", name.Uri);
        }
        else if (o.Subjects.Count == 0)
        {
            // Europeana asks for a dc:type or dc:subject on every object.
            Literal(xml, Dc, "type", "erfgoedobject", "nl");
        }
        if (o.Dating is { } dating) Literal(xml, DcTerms, "created", dating.Text);
        foreach (var d in o.Dimensions) Literal(xml, DcTerms, "extent", OaiDcFormat.Describe(d));
        foreach (var m in o.Materials)
        {
            Literal(xml, DcTerms, "medium", m.LabelNl, "nl");
            if (m.Uri.Length > 0) Resource(xml, DcTerms, "medium", m.Uri);
        }
        xml.WriteElementString("edm", "type", Edm, "IMAGE");
        xml.WriteEndElement();
    }

    private void Aggregation(XmlWriter xml, PublicObject o, string cho, string rights)
    {
        xml.WriteStartElement("ore", "Aggregation", Ore);
        xml.WriteAttributeString("rdf", "about", Rdf, cho + "#aggregation");
        Resource(xml, Edm, "aggregatedCHO", cho);
        Literal(xml, Edm, "dataProvider", o.Organisation.Name);
        foreach (var image in o.Images.Skip(1)) Resource(xml, Edm, "hasView", uris.Image(image.Id));
        Resource(xml, Edm, "isShownAt", uris.Doc("object", o.Id.ToString(CultureInfo.InvariantCulture)));
        if (o.Images.Count > 0)
        {
            Resource(xml, Edm, "isShownBy", uris.Image(o.Images[0].Id));
            Resource(xml, Edm, "object", uris.Image(o.Images[0].Id));
        }
        Literal(xml, Edm, "provider", options.EuropeanaProvider.Length > 0 ? options.EuropeanaProvider : options.RepositoryName);
        if (o.Rights.Holder.Length > 0) Literal(xml, Dc, "rights", "© " + o.Rights.Holder);
        if (o.Rights.CreditLine.Length > 0) Literal(xml, Dc, "rights", o.Rights.CreditLine);
        Resource(xml, Edm, "rights", rights);
        xml.WriteEndElement();
    }

    private static string? First(IReadOnlyList<string>? values) => values is { Count: > 0 } ? values[0] : null;

    private static void Literal(XmlWriter xml, string ns, string name, string value, string language = "")
    {
        if (value.Length == 0) return;
        xml.WriteStartElement(ns == Dc ? "dc" : ns == DcTerms ? "dcterms" : "edm", name, ns);
        if (language.Length > 0) xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Resource(XmlWriter xml, string ns, string name, string uri)
    {
        xml.WriteStartElement(ns == Dc ? "dc" : ns == DcTerms ? "dcterms" : "edm", name, ns);
        xml.WriteAttributeString("rdf", "resource", Rdf, uri);
        xml.WriteEndElement();
    }
}
