using System.Globalization;
using Depot.Interchange.Rdf;
using Depot.Publishing.LinkedData;
using Depot.Storage.Publishing;
using static Depot.Publishing.Ldes.LdesVocabulary;

namespace Depot.Publishing.Ldes;

/// <summary>
/// One publication event as an immutable LDES member (a version object): the version IRI carries
/// the object's OSLO description at that moment, <c>dcterms:isVersionOf</c> the persistent object
/// URI and <c>prov:generatedAtTime</c> the event time. A withdrawal is a member too, an
/// <c>as:Tombstone</c> with the same two properties, so a replica knows to drop the object.
/// </summary>
internal static class LdesMembers
{
    public static IEnumerable<Triple> Describe(PublicFeedEvent e, PublicUris uris)
    {
        var member = new Iri(LdesStream.Member(uris, e.Event.Sequence));
        var objectUri = uris.Object(e.Event.RecordId);
        yield return new Triple(member, new Iri(IsVersionOf), new Iri(objectUri));
        yield return new Triple(member, new Iri(GeneratedAtTime), Time(e.Event.At));
        if (e.Object is null)
        {
            yield return new Triple(member, new Iri(RdfVocabulary.Type), new Iri(Tombstone));
            yield return new Triple(member, new Iri(FormerType), new Iri(OsloObjectGraph.Crm + "E22_Human-Made_Object"));
            yield return new Triple(member, new Iri(Deleted), Time(e.Event.At));
            yield break;
        }
        // The object's own statements move to the version IRI; so do nodes named under the
        // object's URI (#fragments), which would otherwise mix versions in a replica.
        var fragment = objectUri + "#";
        foreach (var t in OsloObjectGraph.Describe(e.Object, uris))
            yield return new Triple(Rename(t.Subject, objectUri, fragment, member), t.Predicate, Rename(t.Object, objectUri, fragment, member));
    }

    public static Literal Time(DateTimeOffset at) =>
        new(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), "", RdfVocabulary.Xsd + "dateTime");

    private static RdfTerm Rename(RdfTerm term, string objectUri, string fragment, Iri member) => term switch
    {
        Iri i when i.Value == objectUri => member,
        Iri i when i.Value.StartsWith(fragment, StringComparison.Ordinal) => new Iri(member.Value + i.Value[objectUri.Length..]),
        _ => term,
    };
}
