using Depot.Core.Inventories;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Inventories;
using Depot.Web.Localisation;
using Depot.Web.Pages.Locations;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Inventories;

/// <summary>The organisation's inventory campaigns and a form to start one over a location.</summary>
public sealed class IndexModel(DepotDatabase database, InventoryStore inventories, UiText text) : OrganisationPageModel
{
    public IReadOnlyList<Inventory> Inventories { get; private set; } = [];
    public LocationTree Tree { get; private set; } = null!;

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public long? LocationId { get; set; }

    [BindProperty]
    public bool IncludeSublocations { get; set; } = true;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Inventories = await inventories.ListAsync(OrganisationId, ct);
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var started = await inventories.StartAsync(OrganisationId, new InventoryStart(Name ?? "", LocationId, IncludeSublocations), Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/inventarisaties/{started.Id}");
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            return await OnGetAsync(ct);
        }
    }
}
