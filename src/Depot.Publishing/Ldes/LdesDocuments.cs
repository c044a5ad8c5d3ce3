using System.Xml;
using Depot.Interchange.Rdf;
using Depot.Storage.Publishing;
using static Depot.Publishing.Ldes.LdesVocabulary;

namespace Depot.Publishing.Ldes;

/// <summary>
/// The triples of a stream and of its pages. The stream's own document is its view: a node that
/// links every page (in the retention window) with a <c>tree:GreaterThanOrEqualToRelation</c> on
/// <c>prov:generatedAtTime</c> whose value is the time of the page's first member. Pages are time
/// fragments of <see cref="PublishingOptions.LdesPageSize"/> members in feed order (event times
/// never go back along the feed); they hold members only, so a full page never changes.
/// </summary>
/// <remarks>
/// The view links pages directly (rather than each page its successor) so a client resuming from
/// saved state finds pages that filled up since its last run: it re-reads the view (mutable),
/// skips the pages it remembers as immutable and reads the rest.
/// </remarks>
internal static class LdesDocuments
{
    private static readonly Iri Type = new(RdfVocabulary.Type);

    public static IEnumerable<Triple> Stream(LdesStream stream, PublicUris uris)
    {
        var s = new Iri(stream.Iri(uris));
        yield return new Triple(s, Type, new Iri(EventStream));
        yield return new Triple(s, new Iri(Title), new Literal(stream.Title, "nl"));
        yield return new Triple(s, new Iri(TimestampPath), new Iri(GeneratedAtTime));
        yield return new Triple(s, new Iri(VersionOfPath), new Iri(IsVersionOf));
        yield return new Triple(s, new Iri(LdesVocabulary.View), s);
    }

    /// <summary>The view: the stream with its view description, retention policy and a relation to each page.</summary>
    public static IEnumerable<Triple> View(LdesStream stream, IReadOnlyList<LdesPageInfo> pages, PublicUris uris, PublishingOptions options)
    {
        foreach (var t in Stream(stream, uris)) yield return t;
        var view = new Iri(stream.Iri(uris));
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
        var cutoff = options.LdesRetention is TimeSpan window ? DateTimeOffset.UtcNow - window : DateTimeOffset.MinValue;
        var index = 0;
        foreach (var page in pages.Where(p => p.LastAt >= cutoff))
        {
            var relation = new BlankNode("page" + index++);
            yield return new Triple(view, new Iri(Relation), relation);
            yield return new Triple(relation, Type, new Iri(GreaterThanOrEqualToRelation));
            yield return new Triple(relation, new Iri(RelationPath), new Iri(GeneratedAtTime));
            yield return new Triple(relation, new Iri(RelationValue), LdesMembers.Time(page.FirstAt));
            yield return new Triple(relation, new Iri(RelationNode), new Iri(stream.Page(uris, page.After)));
        }
    }

    /// <summary>A page: its members, each described in full.</summary>
    public static IEnumerable<LdesPart> Page(LdesStream stream, long after, IReadOnlyList<PublicFeedEvent> members, PublicUris uris)
    {
        var page = new Iri(stream.Page(uris, after));
        yield return new Triple(page, Type, new Iri(Node));
        yield return new Triple(page, new Iri(IsPartOf), new Iri(stream.Iri(uris)));
        foreach (var t in Stream(stream, uris)) yield return t;
        var s = new Iri(stream.Iri(uris));
        foreach (var m in members) yield return new Triple(s, new Iri(Member), new Iri(LdesStream.Member(uris, m.Event.Sequence)));
        foreach (var m in members)
            foreach (var part in LdesMembers.Parts(m, uris))
                yield return part;
    }
}
