using Depot.Core.Inventories;
using Depot.Core.Locations;
using Depot.Core.Movements;
using Depot.Storage.Database;
using Depot.Storage.Inventories;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Demo;

/// <summary>A few realistic moves (an exhibition, a photo shoot and back, a restoration) and one closed inventory for the demo organisation.</summary>
public static class DemoMovements
{
    public static async Task SeedAsync(IServiceProvider services, long organisationId, CancellationToken ct)
    {
        var database = services.GetRequiredService<DepotDatabase>();
        var records = services.GetRequiredService<RecordStore>();
        var movements = services.GetRequiredService<MovementStore>();
        var inventories = services.GetRequiredService<InventoryStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var registrar = new Actor(null, DemoAccounts.All.First(a => a.Role == Core.Identity.OrganisationRole.Registrar).DisplayName);

        Dictionary<string, Location> byCode;
        await using (var db = database.CreateContext())
            byCode = await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId && l.Code != "")
                .ToDictionaryAsync(l => l.Code, ct);
        if (!byCode.TryGetValue("HG", out var main) || !byCode.TryGetValue("DN.A", out var depotA) || !byCode.TryGetValue("DN.B.K1", out var cabinet))
            return;
        var studio = await records.CreateAsync(organisationId,
            new Location { Kind = LocationKind.Room, Code = "HG.RA", Name = "Restauratieatelier", ParentId = main.Id }, registrar, ct);

        var fromDepotA = await ObjectsWithinAsync(database, organisationId, byCode.Values, depotA.Id, 5, ct);
        if (fromDepotA.Count < 5) return;
        var now = clock.GetUtcNow();
        await movements.MoveAsync(organisationId, new MoveRequest(fromDepotA[..3], byCode["HG.Z2"].Id, MovementReason.Exhibition, now.AddDays(-92),
            "Tentoonstelling ‘Barok in beeld’"), registrar, ct);
        await movements.MoveAsync(organisationId, new MoveRequest([fromDepotA[3]], byCode["HG.Z4"].Id, MovementReason.Photography, now.AddDays(-60),
            "Fotografie voor de collectiecatalogus"), registrar, ct);
        var photographed = await records.GetAsync<Core.Registration.Objects.CollectionObject>(organisationId, fromDepotA[3], ct);
        if (photographed.PermanentLocationId is long home && home != photographed.CurrentLocationId)
            await movements.MoveAsync(organisationId, new MoveRequest([fromDepotA[3]], home, MovementReason.Return, now.AddDays(-58)), registrar, ct);
        await movements.MoveAsync(organisationId, new MoveRequest([fromDepotA[4]], studio.Id, MovementReason.Restoration, now.AddDays(-30),
            "Vernis vergeeld; behandeling door het atelier"), registrar, ct);

        // An inventory of one cabinet: one object missing, one found on the next cabinet's shelf, moved there at closing.
        var campaign = await inventories.StartAsync(organisationId, new InventoryStart("Kast B1, najaarscontrole", cabinet.Id), registrar, ct);
        var lines = await inventories.LinesAsync(organisationId, campaign.Id, ct);
        for (var i = 0; i < lines.Count; i++)
        {
            var (result, where) = i switch
            {
                0 => (InventoryResult.Missing, (long?)null),
                1 when byCode.TryGetValue("DN.B.K2.P1", out var shelf) && shelf.Id != lines[i].Item.ExpectedLocationId => (InventoryResult.FoundElsewhere, shelf.Id),
                _ => (InventoryResult.Found, null),
            };
            await inventories.MarkAsync(organisationId, campaign.Id, lines[i].Item.ObjectId, result, where, registrar, ct);
        }
        await inventories.CloseAsync(organisationId, campaign.Id, campaign.Version, applyMovements: true, registrar, ct);
    }

    private static async Task<List<long>> ObjectsWithinAsync(DepotDatabase database, long organisationId, IEnumerable<Location> locations, long top,
        int take, CancellationToken ct)
    {
        var scope = LocationRules.WithDescendants(top, locations.Select(l => (l.Id, l.ParentId))).ToList();
        await using var db = database.CreateContext();
        return await db.Objects.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && o.CurrentLocationId != null && scope.Contains(o.CurrentLocationId.Value))
            .OrderBy(o => o.Id).Select(o => o.Id).Take(take).ToListAsync(ct);
    }
}
