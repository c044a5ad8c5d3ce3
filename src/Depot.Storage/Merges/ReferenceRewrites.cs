using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;

namespace Depot.Storage.Merges;

/// <summary>
/// Every place where a record refers to an agent, concept or place, as one list. A merge moves
/// each reference from the removed record to the kept one. When a new record type refers to
/// authorities (as the procedures do, see <see cref="ProcedureReferences"/>), add one line here:
/// <c>new ReferenceRewrite&lt;Loan&gt;((loan, type, from, to) =&gt; …)</c>; the rewrite changes the
/// record in memory and says whether anything changed.
/// </summary>
public static class ReferenceRewrites
{
    public static readonly IReadOnlyList<IReferenceRewrite> All =
    [
        new ReferenceRewrite<CollectionObject>(ObjectReferences.Rewrite),
        new ReferenceRewrite<Concept>(static (c, type, from, to) =>
            type == RecordType.Concept && c.BroaderId == from && Set(() => c.BroaderId = c.Id == to ? null : to)),
        new ReferenceRewrite<Place>(static (p, type, from, to) =>
            type == RecordType.Place && p.BroaderId == from && Set(() => p.BroaderId = p.Id == to ? null : to)),
        .. ProcedureReferences.All,
    ];

    private static bool Set(Action change)
    {
        change();
        return true;
    }
}

/// <summary>The references a collection object holds, in its columns and in its JSON parts.</summary>
public static class ObjectReferences
{
    public static bool Rewrite(CollectionObject o, RecordType type, long from, long to)
    {
        var changed = false;
        long Swap(long id)
        {
            if (id != from) return id;
            changed = true;
            return to;
        }
        long? SwapOptional(long? id) => id is long v ? Swap(v) : null;

        switch (type)
        {
            case RecordType.Agent:
                o.Makers = [.. o.Makers.Select(m => m with { AgentId = Swap(m.AgentId) })];
                if (o.Acquisition is { } a) o.Acquisition = a with { SourceAgentId = SwapOptional(a.SourceAgentId) };
                o.Subjects = SwapSubjects(o.Subjects, SubjectKind.DepictedAgent, Swap);
                break;
            case RecordType.Concept:
                o.ObjectNameId = SwapOptional(o.ObjectNameId);
                o.MaterialIds = [.. o.MaterialIds.Select(Swap).Distinct()];
                o.TechniqueIds = [.. o.TechniqueIds.Select(Swap).Distinct()];
                o.ConditionId = SwapOptional(o.ConditionId);
                if (o.Acquisition is { } m) o.Acquisition = m with { MethodId = SwapOptional(m.MethodId) };
                o.Subjects = SwapSubjects(o.Subjects, SubjectKind.MainMotif, Swap);
                o.Subjects = SwapSubjects(o.Subjects, SubjectKind.DepictedConcept, Swap);
                break;
            case RecordType.Place:
                o.Subjects = SwapSubjects(o.Subjects, SubjectKind.DepictedPlace, Swap);
                break;
        }
        return changed;
    }

    private static List<SubjectReference> SwapSubjects(List<SubjectReference> subjects, SubjectKind kind, Func<long, long> swap) =>
        [.. subjects.Select(s => s.Kind == kind ? s with { RecordId = swap(s.RecordId) } : s).Distinct()];
}
