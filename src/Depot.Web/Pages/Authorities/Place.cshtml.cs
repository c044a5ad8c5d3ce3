using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Merges;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Authorities;

/// <summary>One place: details, edit form, the objects that depict it, merge and history.</summary>
public sealed class PlaceModel(RecordStore records, DepotDatabase database, AuthorityUse use, RecordMerger merger, UiText text) : OrganisationPageModel
{
    [FromRoute] public long Id { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int Version { get; set; }

    public Place Place { get; private set; } = null!;
    public int ObjectCount { get; private set; }
    public IReadOnlyList<(long Id, string Label)> Others { get; private set; } = [];
    public IReadOnlyList<MergeRecord> Merges { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Place = await records.GetAsync<Place>(OrganisationId, Id, ct, includeDeleted: true);
        if (!Request.HasFormContentType || Notice is not null) (Name, Version) = (Place.Name, Place.Version);
        ObjectCount = await use.ObjectCountAsync(OrganisationId, RecordType.Place, Id, ct);
        await using var db = database.CreateContext();
        Others = (await db.Places.AsNoTracking().Where(a => a.OrganisationId == OrganisationId && a.Id != Id && !a.IsDeleted)
            .OrderBy(a => a.Name).Take(1000).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();
        Merges = await merger.ListForAsync(OrganisationId, RecordType.Place, Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var stored = await records.GetAsync<Place>(OrganisationId, Id, ct);
        stored.Name = Name.Trim();
        try
        {
            await records.UpdateAsync(OrganisationId, stored, Version, Actor, ct);
            Notice = text["auth.saved"];
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError(nameof(Name), text.Message(error));
        }
        catch (StaleEditException stale)
        {
            ModelState.AddModelError(nameof(Name), text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion));
        }
        return await OnGetAsync(ct);
    }
}
