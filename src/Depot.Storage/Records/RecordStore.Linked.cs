using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

// Records that change because another one was saved (an acquisition closes its entries), in the
// caller's transaction. They skip validation on purpose: the change is the store's own, and a
// record that was valid stays valid when only its status follows along.
public sealed partial class RecordStore
{
    /// <summary>Applies <paramref name="change"/> to each record that it really changes, each with a version noting why.</summary>
    internal async Task ChangeRecordsAsync<T>(DepotDbContext db, long organisationId, IReadOnlyCollection<long> ids, Actor actor, string note,
        Func<T, bool> change, CancellationToken ct) where T : class, IVersionedRecord
    {
        if (ids.Count == 0) return;
        await GuardHarvestedAsync<T>(db, organisationId, ids, actor, ct);
        var records = await db.Set<T>().AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && !r.IsDeleted && ids.Contains(r.Id)).ToListAsync(ct);
        foreach (var record in records)
        {
            var before = DepotJson.Serialize(record);
            if (!change(record)) continue;
            var expected = record.Version;
            record.Version = expected + 1;
            record.UpdatedAt = clock.GetUtcNow();
            record.UpdatedBy = actor.Name;
            var entry = db.Attach(record);
            entry.State = EntityState.Modified;
            entry.Property(x => x.Version).OriginalValue = expected;
            await db.SaveChangesAsync(ct);
            AddVersion(db, record, ChangeKind.Updated, actor, note, before);
            await db.SaveChangesAsync(ct);
            entry.State = EntityState.Detached;
        }
    }
}
