namespace Depot.Storage.Jobs;

/// <summary>
/// Durable long-running work (an import, an export, a fixity audit). A job is claimed by one
/// server process at a time through a lease that the process renews while it works; a lease
/// that runs out (the process died) lets another process take the job over.
/// </summary>
public sealed class BackgroundJob
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public long? OrganisationId { get; set; }
    public JobState State { get; set; }
    public string Payload { get; set; } = "{}";
    public long Progress { get; set; }
    public long? Total { get; set; }
    public string Message { get; set; } = "";
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public int Attempts { get; set; }
    public string Error { get; set; } = "";
    public string Result { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
