using Depot.Core.Registration.Objects;

namespace Depot.Storage.Importing;

/// <summary>
/// The fields an import owns. An update copies these from the imported record onto the stored
/// object and leaves the rest (publication status, collection status, permanent location, image
/// flag) as the organisation set them.
/// </summary>
public static class ImportedFields
{
    public static void Copy(CollectionObject from, CollectionObject to)
    {
        to.ObjectNumber = from.ObjectNumber;
        to.ObjectNameId = from.ObjectNameId;
        to.Titles = [.. from.Titles];
        to.ShortDescription = from.ShortDescription;
        to.NumberOfParts = from.NumberOfParts;
        to.Makers = [.. from.Makers];
        to.Dating = from.Dating;
        to.MaterialIds = [.. from.MaterialIds];
        to.TechniqueIds = [.. from.TechniqueIds];
        to.Dimensions = [.. from.Dimensions];
        to.ConditionId = from.ConditionId;
        to.ConditionNote = from.ConditionNote;
        to.Acquisition = from.Acquisition;
        // A source without a location does not move the object out of the one Depot knows.
        if (from.CurrentLocationId is not null) to.CurrentLocationId = from.CurrentLocationId;
        to.Subjects = [.. from.Subjects];
        to.Inscriptions = [.. from.Inscriptions];
        to.Rights = from.Rights;
        to.SourceFields = [.. from.SourceFields];
    }

    /// <summary>Rewrites references to authorities created in the batch (negative ids) to their real ids.</summary>
    public static void Remap(CollectionObject o, Func<long, long> concept, Func<long, long> agent, Func<long, long> place)
    {
        o.ObjectNameId = Maybe(o.ObjectNameId, concept);
        o.ConditionId = Maybe(o.ConditionId, concept);
        o.MaterialIds = [.. o.MaterialIds.Select(concept)];
        o.TechniqueIds = [.. o.TechniqueIds.Select(concept)];
        o.Makers = [.. o.Makers.Select(m => m with { AgentId = agent(m.AgentId) })];
        if (o.Acquisition is { } a)
            o.Acquisition = a with { MethodId = Maybe(a.MethodId, concept), SourceAgentId = Maybe(a.SourceAgentId, agent) };
        o.Subjects = [.. o.Subjects.Select(s => s with
        {
            RecordId = s.Kind switch
            {
                SubjectKind.DepictedAgent => agent(s.RecordId),
                SubjectKind.DepictedPlace => place(s.RecordId),
                _ => concept(s.RecordId),
            },
        })];
    }

    private static long? Maybe(long? id, Func<long, long> map) => id is long v ? map(v) : null;
}
