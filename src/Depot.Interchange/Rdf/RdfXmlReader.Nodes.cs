using System.Globalization;
using System.Xml.Linq;

namespace Depot.Interchange.Rdf;

// The RDF/XML grammar on one description: node elements and property elements.
public sealed partial class RdfXmlReader
{
    private RdfTerm NodeElement(XElement e, string lang, string baseUri)
    {
        lang = LangOf(e, lang);
        baseUri = (string?)e.Attribute(Base) ?? baseUri;
        RdfTerm subject =
            e.Attribute(About) is { } about ? ResolveIri(about.Value, baseUri)
            : e.Attribute(Id) is { } id ? ResolveIri("#" + id.Value, baseUri)
            : e.Attribute(NodeId) is { } nodeId ? new BlankNode(nodeId.Value)
            : NewBlankNode();
        if (e.Name != XName.Get("Description", RdfVocabulary.Rdf))
            pending.Add(new Triple(subject, new Iri(RdfVocabulary.Type), new Iri(TypeIri(e))));
        PropertyAttributes(e, subject, lang);
        var index = 0;
        foreach (var property in e.Elements()) PropertyElement(subject, property, lang, baseUri, ref index);
        return subject;
    }

    private void PropertyElement(RdfTerm subject, XElement p, string lang, string baseUri, ref int index)
    {
        lang = LangOf(p, lang);
        baseUri = (string?)p.Attribute(Base) ?? baseUri;
        var predicate = p.Name == XName.Get("li", RdfVocabulary.Rdf)
            ? new Iri(RdfVocabulary.Rdf + "_" + (++index).ToString(CultureInfo.InvariantCulture))
            : PredicateOf(p);
        var parseType = (string?)p.Attribute(ParseType);
        switch (parseType)
        {
            case "Resource":
                {
                    var node = NewBlankNode();
                    pending.Add(new Triple(subject, predicate, node));
                    var inner = 0;
                    foreach (var child in p.Elements()) PropertyElement(node, child, lang, baseUri, ref inner);
                    return;
                }
            case "Literal":
                pending.Add(new Triple(subject, predicate,
                    new Literal(string.Concat(p.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))), "", RdfVocabulary.Rdf + "XMLLiteral")));
                return;
            case "Collection":
                pending.Add(new Triple(subject, predicate, Collection(p.Elements().ToList(), lang, baseUri)));
                return;
            case not null:
                throw Error(p, $"onbekend rdf:parseType \"{parseType}\"");
        }

        var children = p.Elements().ToList();
        if (children.Count > 1) throw Error(children[1], $"een eigenschap ({p.Name.LocalName}) mag maar één beschrijving bevatten");
        if (children.Count == 1)
        {
            if (p.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
                throw Error(p, $"een eigenschap ({p.Name.LocalName}) bevat zowel tekst als een beschrijving");
            pending.Add(new Triple(subject, predicate, NodeElement(children[0], lang, baseUri)));
            return;
        }

        RdfTerm? obj = p.Attribute(Resource) is { } resource ? ResolveIri(resource.Value, baseUri)
            : p.Attribute(NodeId) is { } nodeId ? new BlankNode(nodeId.Value)
            : null;
        var hasPropertyAttributes = p.Attributes().Any(IsPropertyAttribute);
        if (obj is null && hasPropertyAttributes) obj = NewBlankNode();
        if (obj is not null)
        {
            pending.Add(new Triple(subject, predicate, obj));
            PropertyAttributes(p, obj, lang);
            return;
        }
        var datatype = (string?)p.Attribute(Datatype);
        pending.Add(new Triple(subject, predicate, datatype is not null
            ? new Literal(p.Value, "", ResolveIri(datatype, baseUri).Value)
            : lang.Length > 0 ? new Literal(p.Value, lang, RdfVocabulary.LangString) : new Literal(p.Value)));
    }

    private RdfTerm Collection(List<XElement> items, string lang, string baseUri)
    {
        RdfTerm head = new Iri(RdfVocabulary.Nil);
        BlankNode? last = null;
        foreach (var item in items)
        {
            var cell = NewBlankNode();
            if (last is null) head = cell;
            else pending.Add(new Triple(last, new Iri(RdfVocabulary.Rest), cell));
            pending.Add(new Triple(cell, new Iri(RdfVocabulary.First), NodeElement(item, lang, baseUri)));
            last = cell;
        }
        if (last is not null) pending.Add(new Triple(last, new Iri(RdfVocabulary.Rest), new Iri(RdfVocabulary.Nil)));
        return head;
    }

    private void PropertyAttributes(XElement e, RdfTerm subject, string lang)
    {
        foreach (var a in e.Attributes().Where(IsPropertyAttribute))
        {
            var predicate = new Iri(a.Name.NamespaceName + a.Name.LocalName);
            pending.Add(new Triple(subject, predicate, predicate.Value == RdfVocabulary.Type
                ? new Iri(a.Value)
                : lang.Length > 0 ? new Literal(a.Value, lang, RdfVocabulary.LangString) : new Literal(a.Value)));
        }
    }

    private static bool IsPropertyAttribute(XAttribute a) =>
        !a.IsNamespaceDeclaration && a.Name.NamespaceName != XmlNs && a.Name.NamespaceName.Length > 0 &&
        !(a.Name.NamespaceName == RdfVocabulary.Rdf && a.Name.LocalName is "about" or "ID" or "nodeID" or "resource" or "datatype" or "parseType");

    private static Iri PredicateOf(XElement e)
    {
        if (e.Name.NamespaceName.Length == 0) throw Error(e, $"element <{e.Name.LocalName}> heeft geen namespace");
        return new Iri(e.Name.NamespaceName + e.Name.LocalName);
    }

    private static string TypeIri(XElement e) =>
        e.Name.NamespaceName.Length > 0 ? e.Name.NamespaceName + e.Name.LocalName : throw Error(e, $"element <{e.Name.LocalName}> heeft geen namespace");

    private static string LangOf(XElement e, string inherited) => ((string?)e.Attribute(Lang))?.ToLowerInvariant() ?? inherited;

    private static Iri ResolveIri(string value, string baseUri)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out _) || baseUri.Length == 0) return new Iri(value);
        return Uri.TryCreate(new Uri(baseUri, UriKind.Absolute), value, out var resolved) ? new Iri(resolved.ToString()) : new Iri(value);
    }
}
