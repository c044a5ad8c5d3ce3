using System.Xml;
using Depot.Interchange.Rdf;
using Depot.Storage.Publishing;
using static Depot.Publishing.Ldes.LdesVocabulary;

namespace Depot.Publishing.Ldes;

/// <summary>
/// The triples of the stream description and of its pages. Pages are time fragments: each holds
/// <see cref="PublishingOptions.LdesPageSize"/> members in feed order (event times never go back
/// along the feed) and links the next with a <c>tree:GreaterThanOrEqualToRelation</c> on
/// <c>prov:generatedAtTime</c> whose value is the time of that page's first member.
/// </summary>
internal static class LdesDocuments
{
    private static readonly Iri Type = new(RdfVocabulary.Type);

    public static IEnumerable<Triple> Stream(LdesStream stream, PublicUris uris, PublishingOptions options)
    {
        var s = new Iri(stream.Iri(uris));
        var view = new Iri(stream.View(uris));
        yield return new Triple(s, Type, new Iri(EventStream));
        yield return new Triple(s, new Iri(Title), new Literal(stream.Title, "nl"));
        yield return new Triple(s, new Iri(TimestampPath), new Iri(GeneratedAtTime));
        yield return new Triple(s, new Iri(VersionOfPath), new Iri(IsVersionOf));
        yield return new Triple(s, new Iri(View), view);
        yield return new Triple(view, Type, new Iri(Node));
        var description = new Iri(stream.Iri(uris) + "#view");
        yield return new Triple(view, new Iri(ViewDescription), description);
        yield return new Triple(description, Type, new Iri(ViewDescriptionClass));
        if (options.LdesRetention is TimeSpan keep)
        {
            var policy = new BlankNode("retention");
            yield return new Triple(description, new Iri(RetentionPolicy), policy);
            yield return new Triple(policy, Type, new Iri(DurationAgoPolicy));
            yield return new Triple(policy, new Iri(RelationValue), new Literal(XmlConvert.ToString(keep), "", RdfVocabulary.Xsd + "duration"));
        }
    }

    /// <summary>A page: <paramref name="members"/> and, when the page is full, the relation to <paramref name="next"/>.</summary>
    public static IEnumerable<Triple> Page(LdesStream stream, long after, IReadOnlyList<PublicFeedEvent> members, PublicFeedEvent? next,
        PublicUris uris, PublishingOptions options)
    {
        var page = new Iri(stream.Page(uris, after));
        yield return new Triple(page, Type, new Iri(Node));
        yield return new Triple(page, new Iri(IsPartOf), new Iri(stream.Iri(uris)));
        if (next is not null && members.Count > 0)
        {
            var relation = new BlankNode("next");
            yield return new Triple(page, new Iri(Relation), relation);
            yield return new Triple(relation, Type, new Iri(GreaterThanOrEqualToRelation));
            yield return new Triple(relation, new Iri(RelationPath), new Iri(GeneratedAtTime));
            yield return new Triple(relation, new Iri(RelationValue), LdesMembers.Time(next.Event.At));
            yield return new Triple(relation, new Iri(RelationNode), new Iri(stream.Page(uris, members[^1].Event.Sequence)));
        }
        foreach (var t in Stream(stream, uris, options)) yield return t;
        var s = new Iri(stream.Iri(uris));
        foreach (var m in members) yield return new Triple(s, new Iri(Member), new Iri(LdesStream.Member(uris, m.Event.Sequence)));
        foreach (var m in members)
            foreach (var t in LdesMembers.Describe(m, uris))
                yield return t;
    }
}
