namespace Depot.Core.Preservation;

/// <summary>
/// Something that happened to a file or its bytes, kept for ever and exported as a PREMIS 3 event:
/// ingestion, digest calculation, format identification, fixity checks, replication, repair,
/// migration, deletion. Events of a content (a fixity check of a replica) are recorded once for
/// each file that points to it, so each organisation's PREMIS log is complete on its own.
/// </summary>
public sealed class PreservationEvent
{
    public long Id { get; set; }

    /// <summary>The PREMIS eventIdentifier (a UUID).</summary>
    public Guid EventId { get; set; }
    public long OrganisationId { get; set; }
    public long FileId { get; set; }
    public PreservationEventType Type { get; set; }
    public DateTimeOffset At { get; set; }
    public EventOutcome Outcome { get; set; }

    /// <summary>Human-readable detail, e.g. "SHA-256 3f… matches on replica s3", "fmt/353 by signature (DROID V118)".</summary>
    public string Detail { get; set; } = "";

    /// <summary>Who or what did it: a user's e-mail or a software agent such as <c>Depot fixity audit</c>.</summary>
    public string Agent { get; set; } = "";

    /// <summary>The replica store concerned (fixity check, replication, repair), or empty.</summary>
    public string Store { get; set; } = "";

    /// <summary>The fixity audit this event belongs to, if any.</summary>
    public long? AuditId { get; set; }
}

/// <summary>The kinds of event the depot records (PREMIS eventType values, mapped to the Library of Congress vocabulary on export).</summary>
public enum PreservationEventType
{
    Ingestion,
    MessageDigestCalculation,
    FormatIdentification,
    MetadataExtraction,
    Validation,
    Replication,
    FixityCheck,
    Repair,
    DerivativeCreation,
    Migration,
    Deletion,
    Purge,
}

public enum EventOutcome
{
    Success,
    Failure,
    Warning,
}
