using Depot.Core;
using Depot.Core.Movements;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Movements;

/// <summary>
/// Moves objects: each move is a movement record and a new version of the object with its new
/// current location, written in one transaction. Also answers where an object was on a date.
/// </summary>
public sealed class MovementStore(DepotDatabase database, RecordStore records, TimeProvider clock)
{
    /// <summary>
    /// Moves every object of the request in one transaction. An object already at the target is
    /// left alone (and reported) when several move together; alone, it is refused like any other broken rule.
    /// </summary>
    public Task<MoveOutcome> MoveAsync(long organisationId, MoveRequest request, Actor actor, CancellationToken ct) =>
        records.InTransactionAsync(tx => MoveInAsync(tx, organisationId, request, actor, ct), ct);

    /// <summary>The same as <see cref="MoveAsync"/>, inside a caller's transaction (an inventory closing).</summary>
    public async Task<MoveOutcome> MoveInAsync(RecordStore.RecordTransaction tx, long organisationId, MoveRequest request, Actor actor, CancellationToken ct)
    {
        var ids = request.ObjectIds.Distinct().ToList();
        var movedAt = request.MovedAt ?? clock.GetUtcNow();
        var target = await tx.Db.Locations.AsNoTracking().Where(l => l.Id == request.ToLocationId)
            .Select(l => new LocationFacts(l.Id, l.OrganisationId, l.IsDeleted)).SingleOrDefaultAsync(ct);
        var objects = await tx.Db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && ids.Contains(o.Id))
            .Select(o => new { o.Id, o.IsDeleted, o.CurrentLocationId }).ToDictionaryAsync(o => o.Id, ct);
        if (ids.FirstOrDefault(id => !objects.ContainsKey(id)) is var missing and > 0)
            throw new RecordNotFoundException(RecordType.Object, missing);
        // The latest move per object, grouped here: SQLite cannot take the maximum of a DateTimeOffset in SQL.
        var moveDates = await tx.Db.Set<Movement>().AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && ids.Contains(m.ObjectId) && !m.IsDeleted)
            .Select(m => new { m.ObjectId, m.MovedAt }).ToListAsync(ct);
        var last = moveDates.GroupBy(m => m.ObjectId).ToDictionary(g => g.Key, g => (DateTimeOffset?)g.Max(m => m.MovedAt));

        var alreadyThere = ids.Count > 1 ? ids.Where(id => objects[id].CurrentLocationId == request.ToLocationId && !objects[id].IsDeleted).ToList() : [];
        var moved = new List<Movement>();
        foreach (var id in ids.Except(alreadyThere))
        {
            var o = objects[id];
            MovementRules.Check(organisationId, new ObjectFacts(id, organisationId, o.IsDeleted, o.CurrentLocationId, last.GetValueOrDefault(id)), target, movedAt, clock.GetUtcNow());
            var movement = await tx.CreateAsync(organisationId, new Movement
            {
                ObjectId = id,
                FromLocationId = o.CurrentLocationId,
                ToLocationId = request.ToLocationId,
                MovedAt = movedAt,
                Reason = request.Reason,
                MovedBy = actor.Name,
                Note = request.Note.Trim(),
                InventoryId = request.InventoryId,
            }, actor);
            await tx.UpdateAsync<CollectionObject>(organisationId, id, actor, stored =>
            {
                stored.CurrentLocationId = request.ToLocationId;
                if (request.SetPermanent) stored.PermanentLocationId = request.ToLocationId;
            }, note: $"verplaatsing {movement.Id}");
            moved.Add(movement);
        }
        return new MoveOutcome(moved, alreadyThere);
    }

    /// <summary>Every move of one object, newest first.</summary>
    public async Task<IReadOnlyList<Movement>> ForObjectAsync(long organisationId, long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var moves = await db.Set<Movement>().AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.ObjectId == objectId && !m.IsDeleted).ToListAsync(ct);
        // Ordered here: SQLite cannot order by a DateTimeOffset, and one object has few moves.
        return moves.OrderByDescending(m => m.MovedAt).ThenByDescending(m => m.Id).ToList();
    }

    /// <summary>Where the object was at <paramref name="at"/>, read from its movement history.</summary>
    public async Task<LocationAt> LocationOnAsync(long organisationId, long objectId, DateTimeOffset at, CancellationToken ct)
    {
        var o = await records.GetAsync<CollectionObject>(organisationId, objectId, ct, includeDeleted: true);
        return LocationHistory.At(await ForObjectAsync(organisationId, objectId, ct), o.CurrentLocationId, at);
    }

    /// <summary>A page of the organisation's movements, newest first: those with an id below <paramref name="beforeId"/>.</summary>
    public async Task<IReadOnlyList<Movement>> ListAsync(long organisationId, long? beforeId, int take, CancellationToken ct, long? objectId = null)
    {
        await using var db = database.CreateContext();
        var query = db.Set<Movement>().AsNoTracking().Where(m => m.OrganisationId == organisationId && !m.IsDeleted);
        if (beforeId is long before) query = query.Where(m => m.Id < before);
        if (objectId is long oid) query = query.Where(m => m.ObjectId == oid);
        return await query.OrderByDescending(m => m.Id).Take(take).ToListAsync(ct);
    }
}
