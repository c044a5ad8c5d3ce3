using System.Text.Json;
using Depot.Storage.Jobs;

namespace Depot.Network.Harvesting;

/// <summary>
/// Runs <see cref="NetworkJobs.Harvest"/> jobs. A harvest that fails is recorded on its run and source and
/// rescheduled with backoff by <see cref="HarvestRunner"/>; the job itself then ends normally, so the queue
/// does not retry it on top of that. Its result names the run and its outcome for the waiting page.
/// </summary>
internal sealed class HarvestJobHandler(HarvestRunner runner) : IJobHandler
{
    public string Kind => NetworkJobs.Harvest;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId || HarvestJobPayload.Parse(job.Payload) is not { SourceId: > 0 } payload)
        {
            // A malformed job will not get better on a retry; say so and finish.
            progress.Result = JsonSerializer.Serialize(new { outcome = "Invalid" });
            return;
        }
        var run = await runner.RunAsync(organisationId, payload.SourceId, payload.OnDemand, payload.StartedBy, job.Id, progress, ct);
        progress.Result = run is null
            ? JsonSerializer.Serialize(new { outcome = "SourceRemoved" })
            : JsonSerializer.Serialize(new { runId = run.Id, outcome = run.Outcome.ToString() });
    }
}
