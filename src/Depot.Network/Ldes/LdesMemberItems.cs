using System.Globalization;
using Depot.Interchange.Oslo;
using Depot.Interchange.Rdf;
using Depot.Network.Harvesting;

namespace Depot.Network.Ldes;

/// <summary>
/// A member of a page as a harvest item: the object it is a version of (<c>ldes:versionOfPath</c>,
/// <c>dcterms:isVersionOf</c>) is the source identifier, the member IRI the version; a tombstone
/// (<c>as:Tombstone</c>, as Depot publishes a withdrawal, or <c>as:Delete</c>) withdraws the object,
/// anything else is mapped from OSLO / CIDOC-CRM.
/// </summary>
internal static class LdesMemberItems
{
    public static HarvestItem ToItem(LdesPage page, Iri member, long position)
    {
        var graph = page.Graph;
        var sourceId = graph.Object(member, page.VersionOfPath) is Iri of ? of.Value : member.Value;
        if (graph.HasType(member, LdesTerms.Tombstone) || graph.HasType(member, LdesTerms.Delete))
            return new HarvestWithdrawal(sourceId, member.Value);
        try
        {
            return new HarvestUpsert(sourceId, member.Value, OsloMemberMapper.Map(graph, member, sourceId, position));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A member the mapper cannot read stops the harvest at its page, like a malformed page: nothing half.
            throw new HarvestFailedException(page.Url, $"{page.Url}: het lid {member.Value} is onleesbaar: {e.Message}",
                $"{page.Url}: the member {member.Value} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The member's time by the stream's timestamp path; null when it has none or it is unreadable.</summary>
    public static DateTimeOffset? Time(LdesPage page, Iri member) =>
        page.Graph.Object(member, page.TimestampPath) is Literal l
        && DateTimeOffset.TryParse(l.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at : null;
}
