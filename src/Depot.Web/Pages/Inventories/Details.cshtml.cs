using Depot.Core;
using Depot.Core.Inventories;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Inventories;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Depot.Web.Pages.Locations;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Inventories;

/// <summary>
/// Working through a campaign: type or scan an object number to mark it found, mark the rest per
/// row (not found, found elsewhere), then close it. Every action is a plain form post.
/// </summary>
public sealed class DetailsModel(DepotDatabase database, RecordStore records, InventoryStore inventories, UiText text) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    /// <summary>The object whose "found elsewhere" location is being chosen.</summary>
    [FromQuery(Name = "elders")]
    public long? ElsewhereFor { get; set; }

    [FromQuery(Name = "gescand")]
    public string? Scanned { get; set; }

    public Inventory Inventory { get; private set; } = null!;
    public IReadOnlyList<InventoryLine> Lines { get; private set; } = [];
    public LocationTree Tree { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Inventory = await records.GetAsync<Inventory>(OrganisationId, Id, ct);
        Lines = await inventories.LinesAsync(OrganisationId, Id, ct);
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        return Page();
    }

    public Task<IActionResult> OnPostScanAsync([FromForm] string objectNumber, CancellationToken ct) =>
        ActAsync(async () =>
        {
            var (_, number) = await inventories.MarkFoundByNumberAsync(OrganisationId, Id, objectNumber ?? "", Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/inventarisaties/{Id}?gescand={Uri.EscapeDataString(number)}#scan");
        }, ct);

    public Task<IActionResult> OnPostMarkAsync([FromForm] long objectId, [FromForm] InventoryResult result, [FromForm] long? foundLocationId, CancellationToken ct) =>
        ActAsync(async () =>
        {
            await inventories.MarkAsync(OrganisationId, Id, objectId, result, foundLocationId, Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/inventarisaties/{Id}#item-{objectId}");
        }, ct);

    public Task<IActionResult> OnPostCloseAsync([FromForm] int version, [FromForm] bool applyMovements, CancellationToken ct) =>
        ActAsync(async () =>
        {
            await inventories.CloseAsync(OrganisationId, Id, version, applyMovements, Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/inventarisaties/{Id}/rapport");
        }, ct);

    private async Task<IActionResult> ActAsync(Func<Task<IActionResult>> action, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            return await action();
        }
        catch (DomainException e)
        {
            Error = text.IsEnglish ? e.MessageEn : e.MessageNl;
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
        }
        catch (StaleEditException stale)
        {
            Error = text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
        }
        return await OnGetAsync(ct);
    }
}
