using Depot.Core;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Merges;

/// <summary>Moves references of one kind of record from one authority record to another.</summary>
public interface IReferenceRewrite
{
    /// <summary>Records that would change, without writing anything.</summary>
    Task<int> CountAsync(DepotDatabase database, long organisationId, RecordType type, long removedId, long keptId, CancellationToken ct);

    /// <summary>Rewrites every referring record in the merge's transaction (one new version each).</summary>
    Task RewriteAsync(RecordStore.RecordTransaction tx, long organisationId, RecordType type, long removedId, long keptId,
        Actor actor, string note, Func<MergeChange, CancellationToken, Task> changed, CancellationToken ct);
}

/// <summary>
/// A rewrite on records of type <typeparamref name="T"/>: reads the organisation's records in
/// batches, applies <paramref name="rewrite"/> in memory and saves those it changed.
/// </summary>
public sealed class ReferenceRewrite<T>(Func<T, RecordType, long, long, bool> rewrite) : IReferenceRewrite
    where T : class, IVersionedRecord
{
    private const int BatchSize = 500;

    public async Task<int> CountAsync(DepotDatabase database, long organisationId, RecordType type, long removedId, long keptId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var count = 0;
        await foreach (var _ in ChangedAsync(db, organisationId, type, removedId, keptId, ct)) count++;
        return count;
    }

    public async Task RewriteAsync(RecordStore.RecordTransaction tx, long organisationId, RecordType type, long removedId, long keptId,
        Actor actor, string note, Func<MergeChange, CancellationToken, Task> changed, CancellationToken ct)
    {
        // Collected first: the updates below write to the context the batches are read from.
        var found = new List<(long Id, int Version)>();
        await foreach (var (record, version) in ChangedAsync(tx.Db, organisationId, type, removedId, keptId, ct)) found.Add((record.Id, version));
        foreach (var (id, before) in found)
        {
            var saved = await tx.UpdateAsync<T>(organisationId, id, actor, stored => rewrite(stored, type, removedId, keptId), note, expectedVersion: before);
            await changed(new MergeChange(RecordKinds.Of<T>(), saved.Id, before, saved.Version), ct);
        }
    }

    private async IAsyncEnumerable<(T Record, int Version)> ChangedAsync(DepotDbContext db, long organisationId, RecordType type,
        long removedId, long keptId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var self = RecordKinds.Of<T>() == type;
        long after = 0;
        while (true)
        {
            var batch = await db.Set<T>().AsNoTracking()
                .Where(r => r.OrganisationId == organisationId && !r.IsDeleted && r.Id > after)
                .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) yield break;
            after = batch[^1].Id;
            foreach (var record in batch)
            {
                // The removed record itself is deleted by the merge, not rewritten.
                if (self && record.Id == removedId) continue;
                if (rewrite(record, type, removedId, keptId)) yield return (record, record.Version);
            }
        }
    }
}
