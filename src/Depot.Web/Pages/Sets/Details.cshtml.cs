using System.Globalization;
using System.Text;
using Depot.Core.Validation;
using Depot.Storage.Sets;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sets;

/// <summary>
/// A werkset (or the person's selection) with its objects, paged; rename, delete, remove objects,
/// copy into another werkset, and the batch actions: edit, export, move.
/// </summary>
public sealed class DetailsModel(SetStore sets, SetExport export, UiText text) : OrganisationPageModel
{
    public const int PageSize = 50;

    /// <summary>Up to this many objects travel as ids in the move link; more go as the set.</summary>
    public const int MoveByIdLimit = 50;

    [FromRoute]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ObjectSet Set { get; private set; } = null!;

    public SetMemberPage Members { get; private set; } = null!;

    public IReadOnlyList<SetSummary> OtherSets { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsSelection => Set.Kind == ObjectSetKind.Selection;

    public int PageCount => (int)Math.Max(1, (Members.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await sets.FindAsync(OrganisationId, Id, ct);
        if (found is null) return Missing();
        Set = found;
        PageNumber = Math.Max(1, PageNumber);
        Members = await sets.PageAsync(OrganisationId, Id, (PageNumber - 1) * PageSize, PageSize, ct);
        OtherSets = (await sets.ListAsync(OrganisationId, ct)).Where(s => s.Id != Id).ToList();
        return Page();
    }

    /// <summary>The move page takes a few objects by id and a large set by its id.</summary>
    public async Task<string> MoveUrlAsync(CancellationToken ct)
    {
        var url = $"/o/{OrganisationSlug}/verplaatsingen/nieuw";
        if (Members.Total > MoveByIdLimit) return url + "?set=" + Id.ToString(CultureInfo.InvariantCulture);
        var ids = new List<string>();
        await foreach (var id in sets.IdsAsync(OrganisationId, Id, ct)) ids.Add("object=" + id.ToString(CultureInfo.InvariantCulture));
        return url + "?" + string.Join("&", ids);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var found = await sets.FindAsync(OrganisationId, Id, ct);
        if (found is null) return Missing();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{SetExport.FileName(found)}\"";
        await using (var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            await export.WriteCsvAsync(OrganisationId, Id, writer, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostRenameAsync([FromForm] string? name, [FromForm] string? description, CancellationToken ct) =>
        await WriteAsync(async () => await sets.UpdateAsync(OrganisationId, Id, name ?? "", description ?? "", ct) is not null, ct);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var set = await sets.FindAsync(OrganisationId, Id, ct);
        if (set is null || set.Kind != ObjectSetKind.Werkset || !await sets.DeleteAsync(OrganisationId, Id, ct)) return Missing();
        return Redirect($"/o/{OrganisationSlug}/werksets");
    }

    public Task<IActionResult> OnPostRemoveAsync([FromForm] long[] objectIds, CancellationToken ct) =>
        WriteAsync(async () => await sets.RemoveAsync(OrganisationId, Id, objectIds, ct) is not null, ct, selectionToo: true);

    public Task<IActionResult> OnPostClearAsync(CancellationToken ct) =>
        WriteAsync(() => sets.ClearAsync(OrganisationId, Id, ct), ct, selectionToo: true);

    /// <summary>Copies this set's objects into a werkset: an existing one, or a new one with the given name.</summary>
    public async Task<IActionResult> OnPostCopyAsync([FromForm] long? target, [FromForm] string? newName, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await sets.FindAsync(OrganisationId, Id, ct) is null) return Missing();
        try
        {
            var targetId = target ?? (await sets.CreateAsync(OrganisationId, newName ?? "", "", Actor, ct)).Id;
            if (await sets.AddSetAsync(OrganisationId, targetId, Id, ct) is null) return Missing();
            return Redirect($"/o/{OrganisationSlug}/werksets/{targetId}");
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            return await OnGetAsync(ct);
        }
    }

    private async Task<IActionResult> WriteAsync(Func<Task<bool>> write, CancellationToken ct, bool selectionToo = false)
    {
        var set = await sets.FindAsync(OrganisationId, Id, ct);
        if (set is null) return Missing();
        // Anyone may tidy their own selection; werksets are the team's and need a registrar.
        if (!Grant.CanWrite && !(selectionToo && set.Kind == ObjectSetKind.Selection && set.OwnerUserId == Actor.UserId)) return Forbidden();
        try
        {
            if (!await write()) return Missing();
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            return await OnGetAsync(ct);
        }
        return Redirect($"/o/{OrganisationSlug}/werksets/{Id}");
    }
}
