using Depot.Core.Locations;
using Depot.Storage.Database;
using Depot.Storage.Locations;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Locations;

/// <summary>A printable list of every object on a location and below it, grouped per shelf or room.</summary>
public sealed class ListModel(DepotDatabase database, RecordStore records) : OrganisationPageModel
{
    /// <summary>A list longer than this is cut, and says so: a print of ten thousand rows helps nobody.</summary>
    public const int MaxRows = 5000;

    [FromRoute]
    public long Id { get; set; }

    public Location Location { get; private set; } = null!;
    public LocationTree Tree { get; private set; } = null!;
    public IReadOnlyList<IGrouping<long?, LocatedObject>> Groups { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Location = await records.GetAsync<Location>(OrganisationId, Id, ct);
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        var (objects, total) = await LocationObjects.PageAsync(database, OrganisationId, Tree.Within(Id), 0, MaxRows, ct);
        Total = total;
        var order = Tree.Options().Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Groups = objects.GroupBy(o => o.LocationId).OrderBy(g => g.Key is long k ? order.GetValueOrDefault(k) : int.MaxValue).ToList();
        return Page();
    }
}
