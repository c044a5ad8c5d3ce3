namespace Depot.Core.Network;

/// <summary>
/// An external system an organisation keeps its collection in, registered so Depot harvests it:
/// an LDES stream, an OAI-PMH endpoint, or a LIDO/CSV file at a URL. What is harvested becomes
/// read-only records of <see cref="OrganisationId"/>, with provenance (<see cref="HarvestedRecord"/>).
/// </summary>
public sealed class HarvestSource
{
    public const int UrlMaxLength = 2000;

    public long Id { get; set; }
    public long OrganisationId { get; set; }

    /// <summary>What people call it on the sources page ("MSK Gent LDES").</summary>
    public string Name { get; set; } = "";
    public HarvestSourceKind Kind { get; set; }

    /// <summary>The LDES stream (or view) URL, the OAI-PMH base URL, or the file's URL. Only http(s).</summary>
    public string Url { get; set; } = "";

    /// <summary>OAI-PMH: <c>lido</c>, <c>edm</c> or <c>oai_dc</c>. File: <c>lido</c> or <c>csv</c>. LDES: empty.</summary>
    public string MetadataFormat { get; set; } = "";

    /// <summary>OAI-PMH <c>set</c> argument; empty for the whole repository.</summary>
    public string SetSpec { get; set; } = "";

    /// <summary>CSV file sources: the organisation's saved column mapping (<c>import_mappings</c>) to read it with.</summary>
    public long? CsvMappingId { get; set; }

    /// <summary>Time between scheduled harvests, in minutes.</summary>
    public int IntervalMinutes { get; set; } = 24 * 60;
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The harvester's own resumable state, JSON (LDES: the client state — pages done, the page to
    /// resume at, members seen on mutable pages; OAI-PMH: the last good datestamp and a pending
    /// resumption token; file: the ETag / hash of the last file). Written in the same transaction as
    /// each harvested page, so a harvest that stops resumes from its last good point with no duplicates.
    /// </summary>
    public string State { get; set; } = "";

    public DateTimeOffset? LastStartedAt { get; set; }
    public DateTimeOffset? LastFinishedAt { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    public HarvestOutcome? LastOutcome { get; set; }

    /// <summary>The last failure's reason in Dutch and English and the URL that failed; empty after a success.</summary>
    public string LastError { get; set; } = "";
    public string LastErrorEn { get; set; } = "";
    public string LastFailingUrl { get; set; } = "";

    /// <summary>The newest change time the source reported that Depot has harvested (member timestamp, OAI datestamp, file date).</summary>
    public DateTimeOffset? SourceUpToAt { get; set; }

    /// <summary>When the scheduler runs it next; null when disabled.</summary>
    public DateTimeOffset? NextRunAt { get; set; }

    /// <summary>Failures since the last success: the retry waits longer after each, and the source is flagged after several.</summary>
    public int ConsecutiveFailures { get; set; }
    public bool Flagged { get; set; }

    /// <summary>Records currently harvested from this source (not withdrawn).</summary>
    public long RecordCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency for edits of the registration (not for the harvester's bookkeeping).</summary>
    public int Version { get; set; } = 1;
}

public enum HarvestSourceKind
{
    Ldes,
    OaiPmh,
    FileUrl,
}

public enum HarvestOutcome
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
