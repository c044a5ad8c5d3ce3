using Depot.Core.Publishing;
using Depot.Interchange.Rdf;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// A public object as RDF after OSLO Cultureel Erfgoed (implementation model Basisregistratie):
/// the triples every RDF route (JSON-LD, Turtle, N-Triples dump, LDES members) is made from.
/// </summary>
public static class OsloObjectGraph
{
    public const string Crm = "http://www.cidoc-crm.org/cidoc-crm/";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary>Prefixes for Turtle output of these graphs.</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["crm"] = Crm,
        ["rdfs"] = Rdfs,
        ["xsd"] = RdfVocabulary.Xsd,
    };

    // Contract version: type and title only. The linked-data branch completes the mapping.
    public static IEnumerable<Triple> Describe(PublicObject o, PublicUris uris)
    {
        var subject = new Iri(uris.Object(o.Id));
        yield return new Triple(subject, new Iri(RdfVocabulary.Type), new Iri(Crm + "E22_Human-Made_Object"));
        yield return new Triple(subject, new Iri(Rdfs + "label"), new Literal(o.DisplayTitle, "nl"));
    }
}
