using System.Xml.Linq;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

/// <summary>
/// EDM as RDF/XML (Europeana's external profile, as Depot's own OAI-PMH writes it): the
/// <c>edm:ProvidedCHO</c>'s Dublin Core fills Depot's fields (<see cref="DcRecordBuilder"/>), with
/// labels of contextual classes (<c>skos:prefLabel</c> of an <c>edm:Agent</c>, <c>skos:Concept</c>)
/// for values given only by URI; the <c>ore:Aggregation</c> gives the rights; the aggregation's
/// links and the web resources are kept verbatim. Read with Interchange's safe <see cref="RdfXmlReader"/>.
/// </summary>
internal sealed class OaiEdmMapper : IOaiRecordMapper
{
    private const string Type = RdfVocabulary.Type;
    private const string ProvidedCho = OaiNames.Edm + "ProvidedCHO";
    private const string Aggregation = OaiNames.Ore + "Aggregation";
    private const string WebResource = OaiNames.Edm + "WebResource";
    private const string PrefLabel = "http://www.w3.org/2004/02/skos/core#prefLabel";

    public string Prefix => "edm";

    public SourceRecord Map(OaiRecord record, long position)
    {
        if (record.Metadata is not { } rdf || rdf.Name != XName.Get("RDF", OaiNames.Rdf))
            return OaiRecordMappers.Unreadable(record, position, "de metadata is geen rdf:RDF-element", "the metadata is not an rdf:RDF element");
        IReadOnlyList<Triple> triples;
        try
        {
            triples = RdfXmlReader.Parse(rdf.ToString(SaveOptions.DisableFormatting));
        }
        catch (RdfSyntaxException e)
        {
            return OaiRecordMappers.Unreadable(record, position, "de EDM-metadata is geen geldige RDF/XML: " + e.Reason, "the EDM metadata is not valid RDF/XML: " + e.Reason);
        }
        var typed = triples.Where(t => t.Predicate.Value == Type && t.Object is Iri).ToLookup(t => ((Iri)t.Object).Value, t => t.Subject);
        if (typed[ProvidedCho].FirstOrDefault() is not Iri cho)
            return OaiRecordMappers.Unreadable(record, position, "de EDM-metadata heeft geen edm:ProvidedCHO", "the EDM metadata has no edm:ProvidedCHO");
        var labels = triples.Where(t => t.Predicate.Value == PrefLabel && t.Subject is Iri && t.Object is Literal)
            .GroupBy(t => ((Iri)t.Subject).Value).ToDictionary(g => g.Key, g => ((Literal)g.First().Object).Value);

        var builder = new DcRecordBuilder();
        foreach (var t in triples.Where(t => t.Subject == cho && t.Predicate.Value != Type))
            Add(builder, Qualified(t.Predicate.Value), t.Object, labels);
        foreach (var aggregation in typed[Aggregation].Distinct())
        {
            foreach (var t in triples.Where(t => t.Subject == aggregation && t.Predicate.Value != Type))
            {
                var path = Qualified(t.Predicate.Value);
                if (path == "edm:aggregatedCHO") continue;
                if (path is "edm:rights" or "dc:rights") Add(builder, path, t.Object, labels);
                else builder.Keep("ore:Aggregation/" + path, Text(t.Object));
            }
        }
        foreach (var resource in typed[WebResource].OfType<Iri>().Distinct())
        {
            builder.Keep("edm:WebResource", resource.Value);
            foreach (var t in triples.Where(t => t.Subject == resource && t.Predicate.Value != Type))
                builder.Keep("edm:WebResource/" + Qualified(t.Predicate.Value), Text(t.Object), (t.Object as Literal)?.Language ?? "");
        }
        return builder.Build(cho.Value, position, record.Header.Identifier);
    }

    private static void Add(DcRecordBuilder builder, string path, RdfTerm value, Dictionary<string, string> labels)
    {
        switch (value)
        {
            case Literal l:
                builder.Literal(path, l.Value, l.Language);
                break;
            case Iri i:
                builder.Resource(path, i.Value, labels.GetValueOrDefault(i.Value));
                break;
        }
    }

    private static string Text(RdfTerm term) => term switch
    {
        Literal l => l.Value,
        Iri i => i.Value,
        _ => "",
    };

    private static readonly (string Namespace, string Prefix)[] Prefixes =
    [
        (OaiNames.Dc, "dc"), (OaiNames.DcTerms, "dcterms"), (OaiNames.Edm, "edm"), (OaiNames.Ore, "ore"), (OaiNames.Rdf, "rdf"),
        ("http://www.w3.org/2002/07/owl#", "owl"), ("http://www.w3.org/2004/02/skos/core#", "skos"),
        ("http://www.w3.org/2000/01/rdf-schema#", "rdfs"), ("http://xmlns.com/foaf/0.1/", "foaf"),
    ];

    /// <summary>"dc:title" for a known vocabulary, else the full IRI.</summary>
    private static string Qualified(string iri)
    {
        foreach (var (ns, prefix) in Prefixes)
            if (iri.StartsWith(ns, StringComparison.Ordinal) && iri.Length > ns.Length) return prefix + ":" + iri[ns.Length..];
        return iri;
    }
}
