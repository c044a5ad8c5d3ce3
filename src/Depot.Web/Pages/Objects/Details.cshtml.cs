using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>One object in the sections of the Invulboek, labels resolved, with its completeness; delete and undelete live here too.</summary>
public sealed class DetailsModel(RecordStore records, ObjectLookups lookups, UiText text, TimeProvider clock) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public CollectionObject Object { get; private set; } = null!;

    public ObjectView View { get; private set; } = null!;

    public DateTimeOffset Now => clock.GetUtcNow();

    public string? Notice { get; private set; }

    /// <summary>Set when the object was harvested: it is read-only, and the page shows where it came from.</summary>
    public HarvestProvenance? Provenance { get; private set; }

    /// <summary>Whether people may change the object here: they may write, and it is their own (not harvested).</summary>
    public bool CanChange => Grant.CanWrite && Provenance is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Registrars still see a deleted object, to undelete it or read what it was.
        var found = await records.FindAsync<CollectionObject>(OrganisationId, Id, ct, includeDeleted: Grant.CanWrite);
        if (found is null) return Missing();
        Object = found;
        Provenance = await records.HarvestedFromAsync(OrganisationId, Id, ct);
        View = new ObjectView(found, await lookups.LoadAsync(OrganisationId, found, text.Code, ct), Grant.Organisation.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync([FromForm] int version, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        return await ChangeAsync(() => records.DeleteAsync<CollectionObject>(OrganisationId, Id, version, Actor, ct), ct);
    }

    public async Task<IActionResult> OnPostUndeleteAsync([FromForm] int version, CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        return await ChangeAsync(() => records.UndeleteAsync<CollectionObject>(OrganisationId, Id, version, Actor, ct), ct);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<CollectionObject>> change, CancellationToken ct)
    {
        try
        {
            await change();
            return RedirectToPage(new { org = OrganisationSlug, id = Id });
        }
        catch (StaleEditException stale)
        {
            Notice = text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
            return await OnGetAsync(ct);
        }
        catch (HarvestedReadOnlyException refused)
        {
            Notice = text.Format("harvested.refused", refused.SourceName);
            var page = await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
    }
}
