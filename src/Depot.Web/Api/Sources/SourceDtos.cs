using Depot.Core.Network;
using Depot.Network.Sources;
using Depot.Storage.Jobs;

namespace Depot.Web.Api.Sources;

/// <summary>A source to register or change.</summary>
/// <param name="Name">What people call it; unique in the organisation.</param>
/// <param name="Kind">ldes, oai-pmh or file.</param>
/// <param name="Url">Absolute http(s), without user name or password.</param>
/// <param name="MetadataFormat">OAI-PMH: lido, edm or oai_dc. File: lido or csv. LDES: empty.</param>
/// <param name="SetSpec">OAI-PMH set; empty for the whole endpoint.</param>
/// <param name="CsvMappingId">CSV files: a saved column mapping of the organisation.</param>
/// <param name="IntervalMinutes">Default 1440 (daily).</param>
/// <param name="Enabled">False takes the source off the schedule.</param>
/// <param name="Version">On update, the version the change is based on (or send If-Match).</param>
public sealed record SourceBody(string? Name, string? Kind, string? Url, string? MetadataFormat, string? SetSpec, long? CsvMappingId,
    int? IntervalMinutes, bool? Enabled, int? Version);

/// <summary>A registered source with its health.</summary>
public sealed record SourceOutput(long Id, string Name, string Kind, string Url, string MetadataFormat, string SetSpec, long? CsvMappingId,
    int IntervalMinutes, bool Enabled, int Version, SourceHealthOutput Health)
{
    public static SourceOutput From(HarvestSource s, HarvestRun? lastRun) => new(s.Id, s.Name, SourceInput.KindName(s.Kind), s.Url, s.MetadataFormat,
        s.SetSpec, s.CsvMappingId, s.IntervalMinutes, s.Enabled, s.Version,
        new SourceHealthOutput(s.LastStartedAt, s.LastFinishedAt, s.LastSucceededAt, s.LastOutcome?.ToString(), s.LastError, s.LastErrorEn,
            s.LastFailingUrl, s.SourceUpToAt, s.NextRunAt, s.ConsecutiveFailures, s.Flagged, s.RecordCount,
            lastRun is null ? null : RunOutput.From(lastRun)));
}

public sealed record SourceHealthOutput(DateTimeOffset? LastStartedAt, DateTimeOffset? LastFinishedAt, DateTimeOffset? LastSucceededAt,
    string? LastOutcome, string LastError, string LastErrorEn, string LastFailingUrl, DateTimeOffset? SourceUpToAt, DateTimeOffset? NextRunAt,
    int ConsecutiveFailures, bool Flagged, long RecordCount, RunOutput? LastRun);

public sealed record RunOutput(long Id, long? JobId, bool OnDemand, string StartedBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string Outcome, int Pages, long Added, long Updated, long Unchanged, long Deleted, long Refused, string Error, string ErrorEn, string FailingUrl)
{
    public static RunOutput From(HarvestRun r) => new(r.Id, r.JobId, r.OnDemand, r.StartedBy, r.StartedAt, r.FinishedAt, r.Outcome.ToString(),
        r.Pages, r.Added, r.Updated, r.Unchanged, r.Deleted, r.Refused, r.Error, r.ErrorEn, r.FailingUrl);
}

/// <summary>A harvest job: its state and, once it has started, its run.</summary>
public sealed record HarvestJobOutput(long Id, string State, long Progress, string Message, string Error, RunOutput? Run)
{
    public static HarvestJobOutput From(BackgroundJob job, HarvestRun? run) =>
        new(job.Id, job.State.ToString(), job.Progress, job.Message, job.Error, run is null ? null : RunOutput.From(run));
}

/// <summary>The body of "harvest now": empty (<c>{}</c>); JSON only, so no cross-site form can start a harvest.</summary>
public sealed record HarvestBody;
