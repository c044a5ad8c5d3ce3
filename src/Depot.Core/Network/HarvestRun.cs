namespace Depot.Core.Network;

/// <summary>One harvest of one source: when, what it brought, and why it stopped if it failed.</summary>
public sealed class HarvestRun
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long SourceId { get; set; }
    public long? JobId { get; set; }

    /// <summary>True when started by a person ("nu oogsten"), false when by the schedule.</summary>
    public bool OnDemand { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public HarvestOutcome Outcome { get; set; } = HarvestOutcome.Running;

    /// <summary>Pages (LDES fragments, OAI-PMH responses, or 1 for a file) read and written.</summary>
    public int Pages { get; set; }
    public long Added { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Deleted { get; set; }

    /// <summary>Records the source sent that Depot could not take (no object number, a duplicate…): counted, and the first reasons kept.</summary>
    public long Refused { get; set; }

    public string Error { get; set; } = "";
    public string ErrorEn { get; set; } = "";
    public string FailingUrl { get; set; } = "";

    /// <summary>Up to a few refusal reasons, one per line, for the health page.</summary>
    public string RefusalSample { get; set; } = "";
}
