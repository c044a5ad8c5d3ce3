using Depot.Core;
using Depot.Core.Inventories;
using Depot.Core.Validation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Inventories;

/// <summary>What a registrar finds, object by object (by id, or by typing or scanning its number).</summary>
public sealed partial class InventoryStore
{
    /// <summary>
    /// Marks an object. An object of the organisation that is not on the campaign's list but turns
    /// up on its location is added as unexpected, found here instead of where it is registered.
    /// </summary>
    public Task<InventoryItem> MarkAsync(long organisationId, long inventoryId, long objectId, InventoryResult result, long? foundLocationId,
        Actor actor, CancellationToken ct) =>
        records.InTransactionAsync(async tx =>
        {
            var inventory = await tx.GetAsync<Inventory>(organisationId, inventoryId);
            inventory.EnsureOpen();
            if (foundLocationId is long location &&
                !await tx.Db.Locations.AnyAsync(l => l.Id == location && l.OrganisationId == organisationId && !l.IsDeleted, ct))
                throw new ValidationFailedException([new FieldError("foundLocationId", "location.unknown",
                    "Kies een standplaats van deze organisatie.", "Choose a location of this organisation.")]);
            var item = await tx.Db.Set<InventoryItem>().AsTracking()
                .SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.InventoryId == inventoryId && i.ObjectId == objectId, ct);
            if (item is null)
            {
                var current = await tx.Db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && o.Id == objectId && !o.IsDeleted)
                    .Select(o => new { o.CurrentLocationId }).SingleOrDefaultAsync(ct) ?? throw new RecordNotFoundException(RecordType.Object, objectId);
                if (inventory.LocationId is null)
                    throw new DomainException("inventory.object.notListed", "Dit object hoort niet bij deze inventarisatie.",
                        "This object is not part of this inventory.");
                item = new InventoryItem { InventoryId = inventoryId, OrganisationId = organisationId, ObjectId = objectId, Expected = false, ExpectedLocationId = current.CurrentLocationId };
                tx.Db.Add(item);
                // Found here, on the campaign's location, while registered somewhere else.
                if (result == InventoryResult.Found && current.CurrentLocationId != inventory.LocationId)
                    (result, foundLocationId) = (InventoryResult.FoundElsewhere, inventory.LocationId);
            }
            item.Mark(inventory, result, foundLocationId, actor.Name, clock.GetUtcNow());
            await tx.Db.SaveChangesAsync(ct);
            return item;
        }, ct);

    /// <summary>Marks the object with this number (as typed or scanned) as found.</summary>
    public async Task<(InventoryItem Item, string ObjectNumber)> MarkFoundByNumberAsync(long organisationId, long inventoryId, string objectNumber,
        Actor actor, CancellationToken ct)
    {
        var number = objectNumber.Trim();
        long objectId;
        await using (var db = database.CreateContext())
            objectId = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && o.ObjectNumber == number)
                .Select(o => o.Id).SingleOrDefaultAsync(ct);
        if (objectId == 0)
            throw new DomainException("inventory.number.unknown", $"Er is geen object met nummer ‘{number}’ in deze organisatie.",
                $"There is no object numbered ‘{number}’ in this organisation.");
        return (await MarkAsync(organisationId, inventoryId, objectId, InventoryResult.Found, null, actor, ct), number);
    }
}
