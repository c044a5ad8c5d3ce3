namespace Depot.Core.Preservation;

/// <summary>
/// One pass of the fixity audit over every replica of every content (or of one organisation's):
/// each copy is re-hashed, a missing or changed copy is repaired from a good one. The dashboard
/// shows the last audits with these counts.
/// </summary>
public sealed class FixityAudit
{
    public long Id { get; set; }

    /// <summary>The organisation whose files were audited; null for the whole depot (the scheduled audit).</summary>
    public long? OrganisationId { get; set; }
    public long? JobId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long ContentsChecked { get; set; }
    public long ReplicasChecked { get; set; }
    public long BytesChecked { get; set; }

    /// <summary>Copies found missing or changed.</summary>
    public int Failures { get; set; }

    /// <summary>Copies replaced from a good copy.</summary>
    public int Repairs { get; set; }

    /// <summary>Contents with no good copy left anywhere: the alarm.</summary>
    public int Unrepairable { get; set; }
    public string Message { get; set; } = "";
}
