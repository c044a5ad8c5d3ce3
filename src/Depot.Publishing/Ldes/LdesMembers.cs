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
    /// <summary>
    /// The member as <see cref="Describe"/> gives it, with the descriptions of the organisation and
    /// of the agents, places and concepts the object refers to as blocks rendered once for all members.
    /// </summary>
    public static IEnumerable<LdesPart> Parts(PublicFeedEvent e, PublicUris uris)
    {
        if (e.Object is not { } o)
        {
            foreach (var t in Describe(e, uris)) yield return t;
            yield break;
        }
        foreach (var t in Header(e, uris)) yield return t;
        var objectUri = uris.Object(e.Event.RecordId);
        var member = new Iri(LdesStream.Member(uris, e.Event.Sequence));
        var fragment = objectUri + "#";
        foreach (var t in OsloObjectGraph.DescribeObject(o, uris))
            yield return new Triple(Rename(t.Subject, objectUri, fragment, member), t.Predicate, Rename(t.Object, objectUri, fragment, member));
        // Descriptions of other resources never name the object, so they need no renaming.
        yield return new LdesPart(null, LdesBlock.Of(o.Organisation, uris));
        var refs = OsloObjectGraph.References(o);
        foreach (var a in refs.Agents) yield return new LdesPart(null, LdesBlock.Of(a, uris));
        foreach (var p in refs.Places) yield return new LdesPart(null, LdesBlock.Of(p, uris));
        foreach (var c in refs.Concepts) yield return new LdesPart(null, LdesBlock.Of(c, uris));
    }

    private static IEnumerable<Triple> Header(PublicFeedEvent e, PublicUris uris)
    {
        var member = new Iri(LdesStream.Member(uris, e.Event.Sequence));
        yield return new Triple(member, new Iri(IsVersionOf), new Iri(uris.Object(e.Event.RecordId)));
        yield return new Triple(member, new Iri(GeneratedAtTime), Time(e.Event.At));
    }

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
