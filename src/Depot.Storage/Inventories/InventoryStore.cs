using Depot.Core.Inventories;
using Depot.Core.Locations;
using Depot.Core.Movements;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Inventories;

/// <summary>
/// Inventory campaigns: started with a snapshot of the expected objects, marked object by object,
/// closed with counts and (optionally) movements for what was found elsewhere. The campaign is a
/// versioned record (created, closed); each item row says who checked it and when.
/// </summary>
public sealed partial class InventoryStore(DepotDatabase database, RecordStore records, MovementStore movements, TimeProvider clock)
{
    public Task<Inventory> StartAsync(long organisationId, InventoryStart start, Actor actor, CancellationToken ct) =>
        records.InTransactionAsync(async tx =>
        {
            if (start.LocationId is null && (start.ObjectIds is null || start.ObjectIds.Count == 0))
                throw new ValidationFailedException([new FieldError("locationId", "inventory.scope",
                    "Kies een standplaats of een reeks objecten om te inventariseren.", "Choose a location or a set of objects to check.")]);
            var inventory = await tx.CreateAsync(organisationId, new Inventory
            {
                Name = start.Name.Trim(),
                LocationId = start.LocationId,
                IncludeSublocations = start.IncludeSublocations,
                Note = start.Note.Trim(),
                StartedAt = clock.GetUtcNow(),
            }, actor);
            var objects = tx.Db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && !o.IsDeleted);
            if (start.ObjectIds is { Count: > 0 } ids)
            {
                var wanted = ids.Distinct().ToList();
                objects = objects.Where(o => wanted.Contains(o.Id));
                var found = await objects.CountAsync(ct);
                if (found != wanted.Count)
                    throw new ValidationFailedException([new FieldError("objectIds", "object.unknown",
                        "Niet alle objecten bestaan (nog) in deze organisatie.", "Not all objects exist (any more) in this organisation.")]);
            }
            else
            {
                var scope = await ScopeAsync(tx.Db, organisationId, start.LocationId!.Value, start.IncludeSublocations, ct);
                objects = objects.Where(o => o.CurrentLocationId != null && scope.Contains(o.CurrentLocationId.Value));
            }
            var expected = await objects.Select(o => new { o.Id, o.CurrentLocationId }).ToListAsync(ct);
            tx.Db.AddRange(expected.Select(o => new InventoryItem
            {
                InventoryId = inventory.Id,
                OrganisationId = organisationId,
                ObjectId = o.Id,
                ExpectedLocationId = o.CurrentLocationId,
            }));
            await tx.Db.SaveChangesAsync(ct);
            return inventory;
        }, ct);

    /// <summary>The campaign's objects with number and title, in object-number order.</summary>
    public async Task<IReadOnlyList<InventoryLine>> LinesAsync(long organisationId, long inventoryId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await (from i in db.Set<InventoryItem>().AsNoTracking()
                      join o in db.Objects.AsNoTracking() on i.ObjectId equals o.Id
                      where i.OrganisationId == organisationId && i.InventoryId == inventoryId && o.OrganisationId == organisationId
                      orderby EF.Property<string>(o, DepotDbContext.ObjectColumns.SortKey)
                      select new InventoryLine(i, o.ObjectNumber, EF.Property<string>(o, DepotDbContext.ObjectColumns.Title) ?? "", o.ObjectNameId, o.IsDeleted))
            .ToListAsync(ct);
    }

    /// <summary>The organisation's campaigns, newest first.</summary>
    public async Task<IReadOnlyList<Inventory>> ListAsync(long organisationId, CancellationToken ct, int take = 100)
    {
        await using var db = database.CreateContext();
        return await db.Set<Inventory>().AsNoTracking().Where(i => i.OrganisationId == organisationId && !i.IsDeleted)
            .OrderByDescending(i => i.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Closes the campaign at <paramref name="expectedVersion"/>; with <paramref name="applyMovements"/> every object found elsewhere is moved there.</summary>
    public Task<Inventory> CloseAsync(long organisationId, long inventoryId, int expectedVersion, bool applyMovements, Actor actor, CancellationToken ct) =>
        records.InTransactionAsync(async tx =>
        {
            var inventory = await tx.GetAsync<Inventory>(organisationId, inventoryId);
            inventory.EnsureOpen();
            var items = await tx.Db.Set<InventoryItem>().AsNoTracking()
                .Where(i => i.OrganisationId == organisationId && i.InventoryId == inventoryId).ToListAsync(ct);
            var moved = false;
            if (applyMovements)
            {
                foreach (var group in items.Where(i => i.Result == InventoryResult.FoundElsewhere && i.FoundLocationId is not null)
                             .GroupBy(i => i.FoundLocationId!.Value))
                {
                    var ids = await tx.Db.Objects.AsNoTracking()
                        .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && o.CurrentLocationId != group.Key && group.Select(i => i.ObjectId).Contains(o.Id))
                        .Select(o => o.Id).ToListAsync(ct);
                    if (ids.Count == 0) continue;
                    await movements.MoveInAsync(tx, organisationId, new MoveRequest(ids, group.Key, MovementReason.Inventory,
                        Note: $"inventarisatie {inventory.Name}", InventoryId: inventoryId), actor, ct);
                    moved = true;
                }
            }
            var now = clock.GetUtcNow();
            return await tx.UpdateAsync<Inventory>(organisationId, inventoryId, actor,
                stored => stored.Close(items, actor.Name, now, moved), note: "afgesloten", expectedVersion: expectedVersion);
        }, ct);

    internal static async Task<IReadOnlySet<long>> ScopeAsync(DepotDbContext db, long organisationId, long locationId, bool includeSublocations, CancellationToken ct)
    {
        if (!includeSublocations) return new HashSet<long> { locationId };
        var tree = await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId && !l.IsDeleted)
            .Select(l => new { l.Id, l.ParentId }).ToListAsync(ct);
        return LocationRules.WithDescendants(locationId, tree.Select(t => (t.Id, t.ParentId)));
    }
}
