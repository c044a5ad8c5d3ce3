namespace Depot.Core.History;

/// <summary>
/// One version of a record: the whole record as it was after the change, who made it and when.
/// Versions are never changed or removed; together they are also the organisation's change
/// feed (ordered by <see cref="Sequence"/>), which publishing reads.
/// </summary>
public sealed class RecordVersion
{
    /// <summary>Global, ever-increasing position in the change feed.</summary>
    public long Sequence { get; set; }
    public long OrganisationId { get; set; }
    public RecordType RecordType { get; set; }
    public long RecordId { get; set; }
    public int Version { get; set; }
    public ChangeKind Change { get; set; }
    public long? UserId { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Why, where a reason is known ("imported from …", "restored version 3").</summary>
    public string Note { get; set; } = "";

    /// <summary>The names of the fields that differ from the previous version.</summary>
    public List<string> ChangedFields { get; set; } = [];

    /// <summary>The record as JSON after this change.</summary>
    public string Snapshot { get; set; } = "";
}

public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
    Undeleted,
    Restored,
}
