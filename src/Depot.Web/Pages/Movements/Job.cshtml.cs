using System.Text.Json;
using Depot.Storage.Jobs;
using Depot.Storage.Movements;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Movements;

/// <summary>The progress of a large move running in the background; refreshes itself (htmx) and has a refresh link without.</summary>
public sealed class JobModel(JobQueue queue) : OrganisationPageModel
{
    [FromRoute]
    public long JobId { get; set; }

    public BackgroundJob Job { get; private set; } = null!;

    public MoveObjectsResult? Result { get; private set; }

    public bool IsFinished => Job.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await queue.FindAsync(JobId, ct) is not { Kind: MoveObjectsJob.Kind } job || job.OrganisationId != OrganisationId) return Missing();
        Job = job;
        if (job.State == JobState.Succeeded && job.Result.Length > 0)
            Result = JsonSerializer.Deserialize<MoveObjectsResult>(job.Result);
        return Page();
    }
}
