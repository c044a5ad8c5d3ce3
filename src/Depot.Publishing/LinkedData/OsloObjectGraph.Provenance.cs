using System.Globalization;
using Depot.Core.Publishing;
using Depot.Interchange.Rdf;
using static Depot.Publishing.LinkedData.Oslo;

namespace Depot.Publishing.LinkedData;

// A harvested object says where it comes from (PROV-O and Dublin Core, outside the OSLO context, so as compact IRIs):
// the record at the source it was derived from — its IRI when the source identifies it by one —, with that record's
// identifier and version, the source it was harvested from, and when this version was harvested.
public static partial class OsloObjectGraph
{
    private static void Provenance(GraphBuilder g, Iri s, PublicProvenance p, Func<BlankNode> next)
    {
        RdfTerm record = GraphBuilder.IsUri(p.SourceIdentifier) ? new Iri(p.SourceIdentifier) : next();
        g.Add(s, Prov + "wasDerivedFrom", record).Type(record, Prov + "Entity")
            .Value(record, Dcterms + "identifier", p.SourceIdentifier)
            .Value(record, Owl + "versionInfo", p.SourceVersion);
        if (GraphBuilder.IsUri(p.SourceUrl))
        {
            var source = new Iri(p.SourceUrl);
            g.Add(s, Dcterms + "source", source).Add(record, Dcterms + "source", source).Text(source, Rdfs + "label", p.SourceName);
        }
        else g.Value(s, Dcterms + "source", p.SourceName);
        g.Value(s, Prov + "generatedAtTime",
            p.HarvestedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), RdfVocabulary.Xsd + "dateTime");
    }
}
