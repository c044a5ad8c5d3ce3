namespace Depot.Preservation.Fixity;

/// <summary>One copy the audit looks at.</summary>
internal sealed record CopyToCheck(long ReplicaId, string Sha256, string Store, long Length);

/// <summary>What the audit found on one copy and, for a bad one, what the repair did.</summary>
internal sealed record CopyOutcome(CopyToCheck Copy, CopyFinding Finding, string Detail, long BytesRead, RepairResult Repair, string RepairDetail)
{
    public bool Failed => Finding is CopyFinding.Missing or CopyFinding.Corrupt;
}

internal enum CopyFinding
{
    Intact,
    Missing,
    Corrupt,

    /// <summary>The copy's store is no longer configured: nothing was read.</summary>
    StoreGone,
}

internal enum RepairResult
{
    None,
    Repaired,
    Failed,
}
