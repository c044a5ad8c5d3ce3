using Depot.Storage.Merges;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Authorities;

/// <summary>A recorded merge: who, when, what changed; undo it unless the changed records were edited since.</summary>
public sealed class MergeRecordPageModel(RecordMerger merger, UiText text) : OrganisationPageModel
{
    [FromRoute] public long Id { get; set; }

    public MergeRecord Merge { get; private set; } = null!;
    public IReadOnlyList<MergeConflict> Conflicts { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var merge = await merger.FindAsync(OrganisationId, Id, ct);
        if (merge is null) return Missing();
        Merge = merge;
        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var result = await merger.UndoAsync(OrganisationId, Id, Actor, ct);
        if (result is null) return Missing();
        Conflicts = result.Conflicts;
        Notice = result.Undone ? text["merge.undo.done"] : null;
        return await OnGetAsync(ct);
    }
}
