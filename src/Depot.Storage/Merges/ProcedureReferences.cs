using Depot.Core;
using Depot.Core.Procedures;

namespace Depot.Storage.Merges;

/// <summary>
/// The references procedures hold to agents and concepts: an entry's depositor, an acquisition's
/// source and method, a loan's partner, a check's checker and condition, an exit's recipient.
/// Movements and inventories refer to locations only, which are not merged.
/// </summary>
public static class ProcedureReferences
{
    public static readonly IReadOnlyList<IReferenceRewrite> All =
    [
        new ReferenceRewrite<ObjectEntry>(static (e, type, from, to) =>
            type == RecordType.Agent && Swap(e.DepositorId, from, to, v => e.DepositorId = v)),
        new ReferenceRewrite<ObjectAcquisition>(static (a, type, from, to) => type switch
        {
            RecordType.Agent => Swap(a.SourceId, from, to, v => a.SourceId = v),
            RecordType.Concept => Swap(a.MethodId, from, to, v => a.MethodId = v),
            _ => false,
        }),
        new ReferenceRewrite<Loan>(static (l, type, from, to) =>
            type == RecordType.Agent && Swap(l.PartnerId, from, to, v => l.PartnerId = v)),
        new ReferenceRewrite<ConditionCheck>(static (c, type, from, to) => type switch
        {
            RecordType.Agent => Swap(c.CheckerId, from, to, v => c.CheckerId = v),
            RecordType.Concept => Swap(c.ConditionId, from, to, v => c.ConditionId = v),
            _ => false,
        }),
        new ReferenceRewrite<ObjectExit>(static (x, type, from, to) =>
            type == RecordType.Agent && Swap(x.RecipientId, from, to, v => x.RecipientId = v)),
    ];

    private static bool Swap(long? current, long from, long to, Action<long> set)
    {
        if (current != from) return false;
        set(to);
        return true;
    }
}
