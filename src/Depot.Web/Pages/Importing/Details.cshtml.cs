using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Jobs;
using Depot.Web.Importing;
using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Importing;

/// <summary>One import: its run's progress (polled with htmx while it runs), the summaries, and the buttons to import or cancel.</summary>
public sealed class DetailsModel(ImportUploadStore uploads, ImportRuns runs, JobQueue jobs, TimeProvider clock) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public ImportUpload Upload { get; private set; } = null!;

    public BackgroundJob? Job { get; private set; }

    public ImportSummary? Check { get; private set; }

    public ImportSummary? Import { get; private set; }

    public ImportRuns.Refusal Refused { get; private set; }

    public bool IsRunning => Upload.Stage is ImportStage.Checking or ImportStage.Importing;

    /// <summary>Time left, from the share of the file read so far; null until there is something to go on.</summary>
    public TimeSpan? Remaining => Job is { StartedAt: { } started, Total: > 0 and var total, Progress: > 0 and var done } && IsRunning
        ? (clock.GetUtcNow() - started) * ((double)(total - done) / done)
        : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await uploads.FindAsync(OrganisationId, Id, ct) is not { } upload) return Missing();
        Upload = upload;
        if (upload.CurrentJobId is long jobId) Job = await jobs.FindAsync(jobId, ct);
        if (upload.CheckSummaryJson.Length > 0) Check = DepotJson.Deserialize<ImportSummary>(upload.CheckSummaryJson);
        if (upload.ImportSummaryJson.Length > 0) Import = DepotJson.Deserialize<ImportSummary>(upload.ImportSummaryJson);
        return Request.IsHtmx() ? Partial("_Progress", this) : Page();
    }

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) => StartAsync(dryRun: true, ct);

    public Task<IActionResult> OnPostRunAsync(CancellationToken ct) => StartAsync(dryRun: false, ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await uploads.FindAsync(OrganisationId, Id, ct) is not { } upload) return Missing();
        await runs.CancelAsync(upload, ct);
        return Redirect($"/o/{OrganisationSlug}/importeren/{Id}");
    }

    private async Task<IActionResult> StartAsync(bool dryRun, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await uploads.FindAsync(OrganisationId, Id, ct) is not { } upload) return Missing();
        var (_, refused) = await runs.StartAsync(upload, dryRun, Actor, ct);
        if (refused == ImportRuns.Refusal.NeedsMapping) return Redirect($"/o/{OrganisationSlug}/importeren/{Id}/koppeling");
        if (refused == ImportRuns.Refusal.None) return Redirect($"/o/{OrganisationSlug}/importeren/{Id}");
        Refused = refused;
        var page = await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }
}
