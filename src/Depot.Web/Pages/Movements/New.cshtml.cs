using Depot.Core;
using Depot.Core.Movements;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Locations;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Depot.Web.Pages.Locations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Movements;

/// <summary>
/// Moves one object or many (a crate, a search result) to one location: <c>?object=12&amp;object=13</c>.
/// Large selections run as a background job with progress.
/// </summary>
public sealed class NewModel(DepotDatabase database, MovementStore movements, MoveObjectsJob job, RecordStore records, UiText text, TimeProvider clock)
    : OrganisationPageModel
{
    /// <summary>More objects than this are listed by count only, not one row each.</summary>
    public const int ListedObjects = 200;

    [BindProperty(SupportsGet = true, Name = "object")]
    public List<long> ObjectIds { get; set; } = [];

    /// <summary>A werkset or selection to move whole (<c>?set=7</c>): its ids stay in the database, not in the form.</summary>
    [BindProperty(SupportsGet = true, Name = "set")]
    public long? SetId { get; set; }

    [BindProperty]
    public long? ToLocationId { get; set; }

    [BindProperty]
    public MovementReason Reason { get; set; } = MovementReason.Storage;

    [BindProperty]
    public string MovedAt { get; set; } = "";

    [BindProperty]
    public string Note { get; set; } = "";

    [BindProperty]
    public bool SetPermanent { get; set; }

    public IReadOnlyList<(long Id, string Number, string Title, long? Location, bool Deleted)> Objects { get; private set; } = [];
    public LocationTree Tree { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        await LoadSetMembersAsync(ct);
        if (MovedAt.Length == 0) MovedAt = LocalTime.ForInput(clock.GetUtcNow());
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        await LoadSetMembersAsync(ct);
        var ids = ObjectIds.Distinct().ToList();
        var at = LocalTime.Parse(MovedAt);
        if (ids.Count == 0 || ToLocationId is not long to || at is null)
        {
            Error = ids.Count == 0 ? text["move.noObjects"] : ToLocationId is null ? text["move.chooseLocation"] : text["move.badDate"];
            return await OnGetAsync(ct);
        }
        var request = new MoveRequest(ids, to, Reason, at, Note ?? "", SetPermanent);
        if (ids.Count > MoveObjectsJob.BackgroundThreshold)
        {
            var queued = await job.EnqueueAsync(OrganisationId, request, Actor, clock.GetUtcNow(), ct);
            return Redirect($"/o/{OrganisationSlug}/verplaatsingen/taken/{queued.Id}");
        }
        try
        {
            var outcome = await movements.MoveAsync(OrganisationId, request, Actor, ct);
            return ids.Count == 1
                ? Redirect($"/o/{OrganisationSlug}/objecten/{ids[0]}#verplaatsingen")
                : Redirect($"/o/{OrganisationSlug}/verplaatsingen?verplaatst={outcome.Movements.Count}&al={outcome.AlreadyThere.Count}");
        }
        catch (DomainException e)
        {
            Error = text.IsEnglish ? e.MessageEn : e.MessageNl;
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
        }
        catch (RecordNotFoundException)
        {
            Error = text["move.objectMissing"];
        }
        return await OnGetAsync(ct);
    }

    /// <summary>"Terug naar standaardplaats": moves the object back to its permanent location.</summary>
    public async Task<IActionResult> OnPostReturnAsync([FromForm] long objectId, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var o = await records.GetAsync<CollectionObject>(OrganisationId, objectId, ct);
        if (o.PermanentLocationId is not long home) return Redirect($"/o/{OrganisationSlug}/objecten/{objectId}#verplaatsingen");
        ObjectIds = [objectId];
        ToLocationId = home;
        Reason = MovementReason.Return;
        MovedAt = LocalTime.ForInput(clock.GetUtcNow());
        return await OnPostAsync(ct);
    }

    private async Task LoadSetMembersAsync(CancellationToken ct)
    {
        if (SetId is not long set) return;
        await using var db = database.CreateContext();
        ObjectIds = await db.ObjectSetMembers
            .Where(m => m.OrganisationId == OrganisationId && m.SetId == set)
            .Select(m => m.ObjectId).ToListAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        var ids = ObjectIds.Distinct().Take(ListedObjects).ToList();
        Objects = (await LocationObjects.FindAsync(database, OrganisationId, ids, ct))
            .Select(r => (r.Object.Id, r.Object.ObjectNumber, r.Object.Title, r.Object.LocationId, r.Deleted)).ToList();
    }
}
