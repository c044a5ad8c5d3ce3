using Depot.Core.Inventories;
using Depot.Storage.Database;
using Depot.Storage.Inventories;
using Depot.Storage.Records;
using Depot.Web.Pages.Locations;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Inventories;

/// <summary>The discrepancy report: what was missing, what was found elsewhere, what turned up unexpected. Printable.</summary>
public sealed class ReportModel(DepotDatabase database, RecordStore records, InventoryStore inventories) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public Inventory Inventory { get; private set; } = null!;
    public IReadOnlyList<InventoryLine> Absent { get; private set; } = [];
    public IReadOnlyList<InventoryLine> Elsewhere { get; private set; } = [];
    public IReadOnlyList<InventoryLine> Unexpected { get; private set; } = [];
    public int Found { get; private set; }
    public int Expected { get; private set; }
    public LocationTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Inventory = await records.GetAsync<Inventory>(OrganisationId, Id, ct);
        var lines = await inventories.LinesAsync(OrganisationId, Id, ct);
        Absent = lines.Where(l => l.Item.Expected && l.Item.Result is InventoryResult.Missing or InventoryResult.Unchecked).ToList();
        Elsewhere = lines.Where(l => l.Item.Expected && l.Item.Result == InventoryResult.FoundElsewhere).ToList();
        Unexpected = lines.Where(l => !l.Item.Expected).ToList();
        Found = lines.Count(l => l.Item.Expected && l.Item.Result == InventoryResult.Found);
        Expected = lines.Count(l => l.Item.Expected);
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        return Page();
    }
}
