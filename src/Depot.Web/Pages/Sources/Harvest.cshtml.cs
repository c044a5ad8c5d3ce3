using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Sources;
using Depot.Storage.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sources;

/// <summary>A harvest started with "Nu oogsten": the job's state and the run's counters as they grow (htmx refresh).</summary>
public sealed class HarvestModel(SourceStore store, HarvestJobs harvests) : OrganisationPageModel
{
    [FromRoute(Name = "id")]
    public long SourceId { get; set; }

    [FromRoute(Name = "job")]
    public long JobId { get; set; }

    public HarvestSource Source { get; private set; } = null!;

    public BackgroundJob Job { get; private set; } = null!;

    public HarvestRun? Run { get; private set; }

    /// <summary>Done when the job is, whatever the harvest's outcome (a failed harvest is a finished job).</summary>
    public bool IsFinished => Job.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await store.FindAsync(OrganisationId, SourceId, ct) is not { } source) return Missing();
        if (await harvests.FindAsync(OrganisationId, JobId, ct) is not { } job) return Missing();
        if (HarvestJobPayload.Parse(job.Payload)?.SourceId != SourceId) return Missing();
        Source = source;
        Job = job;
        Run = await store.FindRunByJobAsync(OrganisationId, JobId, ct);
        return Page();
    }
}
