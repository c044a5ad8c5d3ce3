namespace Depot.Core.Publishing;

/// <summary>
/// One immutable fact in the public change feed: a record became public, changed publicly, or
/// was withdrawn (made internal again, or deleted). LDES members, OAI-PMH datestamps and
/// deletions, and the portal all read these; they are never changed or removed (retention is a
/// matter of what a stream view shows, not of deleting facts).
/// </summary>
public sealed class PublicationEvent
{
    /// <summary>Global, ever-increasing position in the public feed.</summary>
    public long Sequence { get; set; }
    public long OrganisationId { get; set; }
    public RecordType RecordType { get; set; }
    public long RecordId { get; set; }
    public PublicationChange Change { get; set; }

    /// <summary>When the change happened (the registration's time, never earlier than the event before it).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The public shape (a <see cref="PublicObject"/> as JSON) after this change; empty for a withdrawal.</summary>
    public string Snapshot { get; set; } = "";

    /// <summary>The change-feed position (<see cref="History.RecordVersion.Sequence"/>) that led to this event.</summary>
    public long SourceSequence { get; set; }
}

public enum PublicationChange
{
    Published,
    Changed,
    Withdrawn,
}

/// <summary>
/// The current public state of one record: whether it is public now, and if not, whether it
/// ever was (a withdrawn or deleted record answers 410 Gone and is an OAI-PMH deleted record).
/// </summary>
public sealed class PublishedRecord
{
    public RecordType RecordType { get; set; }
    public long RecordId { get; set; }
    public long OrganisationId { get; set; }
    public bool IsPublic { get; set; }

    /// <summary>Withdrawn because the record itself was deleted (rather than made internal).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>The last event about this record: its snapshot is the current public shape.</summary>
    public long LastEventSequence { get; set; }

    /// <summary>The time of the last event: the OAI-PMH datestamp.</summary>
    public DateTimeOffset Datestamp { get; set; }
    public DateTimeOffset FirstPublishedAt { get; set; }

    /// <summary>SHA-256 of the last snapshot, so an edit to internal fields only makes no event.</summary>
    public string SnapshotHash { get; set; } = "";
}

/// <summary>How far a reader of the change feed has come (e.g. the publication projector).</summary>
public sealed class FeedCursor
{
    public string Name { get; set; } = "";
    public long Position { get; set; }
}
