using Depot.Core.Movements;
using Depot.Storage.Database;
using Depot.Storage.Movements;
using Depot.Web.Pages.Locations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Movements;

/// <summary>The organisation's movements, newest first, a page at a time.</summary>
public sealed class IndexModel(DepotDatabase database, MovementStore movements) : OrganisationPageModel
{
    public const int PageSize = 50;

    /// <summary>Show movements with an id below this one (the next page).</summary>
    [FromQuery(Name = "voor")]
    public long? Before { get; set; }

    [FromQuery(Name = "verplaatst")]
    public int? Moved { get; set; }

    [FromQuery(Name = "al")]
    public int? AlreadyThere { get; set; }

    public IReadOnlyList<Movement> Movements { get; private set; } = [];
    public IReadOnlyDictionary<long, string> Numbers { get; private set; } = new Dictionary<long, string>();
    public LocationTree Tree { get; private set; } = null!;
    public long? NextBefore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rows = await movements.ListAsync(OrganisationId, Before, PageSize + 1, ct);
        Movements = rows.Take(PageSize).ToList();
        NextBefore = rows.Count > PageSize ? Movements[^1].Id : null;
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        var ids = Movements.Select(m => m.ObjectId).Distinct().ToList();
        await using var db = database.CreateContext();
        Numbers = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == OrganisationId && ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.ObjectNumber, ct);
        return Page();
    }
}
