using Depot.Core.Validation;
using Depot.Storage.Batch;
using Depot.Web.Localisation;
using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Batch;

/// <summary>One batch edit: its progress (polled with htmx while it runs), its report, and undo.</summary>
public sealed class DetailsModel(BatchEditStore batches, UiText text) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public BatchEdit Batch { get; private set; } = null!;

    public IReadOnlyList<long> Skipped { get; private set; } = [];

    public IReadOnlyList<long> UndoSkipped { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsWorking => Batch.State is BatchEditState.Queued or BatchEditState.Running or BatchEditState.Undoing;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await batches.FindAsync(OrganisationId, Id, ct);
        if (found is null) return Missing();
        Batch = found;
        Skipped = await batches.SkippedAsync(OrganisationId, Id, undo: false, 100, ct);
        UndoSkipped = await batches.SkippedAsync(OrganisationId, Id, undo: true, 100, ct);
        return Request.IsHtmx() ? Partial("_Progress", this) : Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            if (await batches.StartUndoAsync(OrganisationId, Id, Actor, ct) is null) return Missing();
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            return await OnGetAsync(ct);
        }
        return Redirect($"/o/{OrganisationSlug}/batchbewerkingen/{Id}");
    }
}
