using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Batch;

/// <summary>
/// Works through a batch edit (or its undo) in chunks, one transaction per chunk: the objects'
/// new versions, their index rows and the items' outcomes commit together, so a job stopped
/// anywhere (a restart, a lost lease) resumes at the first unfinished chunk and never applies a
/// change twice. An object whose version is no longer the one frozen at the start (or, on undo,
/// the one the batch wrote) was changed by someone else: it is skipped and reported.
/// </summary>
public sealed class BatchEditRunner(DepotDatabase database, TimeProvider clock)
{
    public const int ChunkSize = 1000;

    /// <summary>Runs the batch; <paramref name="progress"/> hears (done, total) after each chunk.</summary>
    public async Task RunAsync(long batchId, Func<long, long, CancellationToken, Task> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var batch = await StartAsync(batchId, BatchEditState.Queued, BatchEditState.Running, ct);
        if (batch is null) return;
        var change = batch.Change;
        var actor = new Actor(batch.UserId, batch.UserName);
        var note = $"batch edit {batch.Id}";
        var labels = await IndexLabels.LoadAsync(database, batch.OrganisationId, ct);
        while (true)
        {
            await using var db = database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var items = await db.BatchEditItems.AsTracking().Where(i => i.BatchEditId == batchId && i.Outcome == BatchItemOutcome.Pending)
                .OrderBy(i => i.ObjectId).Take(ChunkSize).ToListAsync(ct);
            if (items.Count == 0) break;
            var objects = await LoadAsync(db, batch.OrganisationId, items.Select(i => i.ObjectId).ToList(), ct);
            var now = clock.GetUtcNow();
            long changed = 0, unchanged = 0, skipped = 0;
            await using (var writer = new ObjectVersionWriter(db, labels))
            {
                foreach (var item in items)
                {
                    if (!objects.TryGetValue(item.ObjectId, out var o) || o.IsDeleted || o.Version != item.VersionBefore)
                    {
                        item.Outcome = BatchItemOutcome.Skipped;
                        skipped++;
                        continue;
                    }
                    var previous = DepotJson.Serialize(o);
                    item.Before = change.Capture(o);
                    if (!change.Apply(o))
                    {
                        item.Outcome = BatchItemOutcome.Unchanged;
                        unchanged++;
                    }
                    else if (await writer.WriteAsync(o, item.VersionBefore, previous, actor, note, now, ct))
                    {
                        item.Outcome = BatchItemOutcome.Changed;
                        item.VersionAfter = o.Version;
                        changed++;
                    }
                    else
                    {
                        item.Outcome = BatchItemOutcome.Skipped;
                        skipped++;
                    }
                }
            }
            await db.SaveChangesAsync(ct);
            await db.BatchEdits.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Changed, b => b.Changed + changed)
                .SetProperty(b => b.Unchanged, b => b.Unchanged + unchanged)
                .SetProperty(b => b.Skipped, b => b.Skipped + skipped), ct);
            await tx.CommitAsync(ct);
            var current = await CountsAsync(batchId, ct);
            await progress(current.Done, current.Total, ct);
        }
        await FinishAsync(batchId, BatchEditState.Done, ct);
    }

    /// <summary>Undoes a batch: every object it changed gets a new version with the field's previous value.</summary>
    public async Task UndoAsync(long batchId, Func<long, long, CancellationToken, Task> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var batch = await StartAsync(batchId, BatchEditState.Undoing, BatchEditState.Undoing, ct);
        if (batch is null) return;
        var change = batch.Change;
        var actor = new Actor(null, batch.UndoneBy ?? batch.UserName);
        var note = $"undo of batch edit {batch.Id}";
        var labels = await IndexLabels.LoadAsync(database, batch.OrganisationId, ct);
        while (true)
        {
            await using var db = database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var items = await db.BatchEditItems.AsTracking().Where(i => i.BatchEditId == batchId && i.UndoOutcome == BatchUndoOutcome.Pending)
                .OrderBy(i => i.ObjectId).Take(ChunkSize).ToListAsync(ct);
            if (items.Count == 0) break;
            var objects = await LoadAsync(db, batch.OrganisationId, items.Select(i => i.ObjectId).ToList(), ct);
            var now = clock.GetUtcNow();
            long undone = 0, skipped = 0;
            await using (var writer = new ObjectVersionWriter(db, labels))
            {
                foreach (var item in items)
                {
                    var ok = objects.TryGetValue(item.ObjectId, out var o) && !o!.IsDeleted && o.Version == item.VersionAfter;
                    if (ok)
                    {
                        var previous = DepotJson.Serialize(o!);
                        change.Restore(o!, item.Before);
                        ok = await writer.WriteAsync(o!, item.VersionAfter!.Value, previous, actor, note, now, ct);
                    }
                    item.UndoOutcome = ok ? BatchUndoOutcome.Undone : BatchUndoOutcome.Skipped;
                    if (ok) undone++;
                    else skipped++;
                }
            }
            await db.SaveChangesAsync(ct);
            await db.BatchEdits.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Undone, b => b.Undone + undone)
                .SetProperty(b => b.UndoSkipped, b => b.UndoSkipped + skipped), ct);
            await tx.CommitAsync(ct);
            var current = await CountsAsync(batchId, ct);
            await progress(current.Undone + current.UndoSkipped, current.Changed, ct);
        }
        await FinishAsync(batchId, BatchEditState.Undone, ct);
    }

    /// <summary>Marks the batch as failed (the job gave up); its finished chunks stay, and are reported.</summary>
    public async Task FailAsync(long batchId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await db.BatchEdits.Where(b => b.Id == batchId && b.State == BatchEditState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BatchEditState.Failed).SetProperty(b => b.FinishedAt, clock.GetUtcNow()), ct);
    }

    private async Task<BatchEdit?> StartAsync(long batchId, BatchEditState from, BatchEditState to, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var batch = await db.BatchEdits.AsTracking().SingleOrDefaultAsync(b => b.Id == batchId, ct);
        // A resumed job finds its batch already running (or undoing): it carries on where the last chunk ended.
        if (batch is null || (batch.State != from && batch.State != to)) return null;
        batch.State = to;
        await db.SaveChangesAsync(ct);
        return batch;
    }

    private async Task FinishAsync(long batchId, BatchEditState state, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        var batch = db.BatchEdits.Where(b => b.Id == batchId);
        if (state == BatchEditState.Done)
            await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.State, state).SetProperty(b => b.FinishedAt, now), ct);
        else
            await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.State, state).SetProperty(b => b.UndoneAt, now), ct);
    }

    private async Task<BatchEdit> CountsAsync(long batchId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.BatchEdits.AsNoTracking().SingleAsync(b => b.Id == batchId, ct);
    }

    private static async Task<Dictionary<long, CollectionObject>> LoadAsync(DepotDbContext db, long organisationId, List<long> ids, CancellationToken ct)
    {
        var found = new Dictionary<long, CollectionObject>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var list = chunk.ToList();
            // A harvested object is read-only (it may have been harvested after the batch started): left out, so it is skipped.
            foreach (var o in await db.Objects.AsNoTracking()
                         .Where(o => o.OrganisationId == organisationId && list.Contains(o.Id) && !db.HarvestedRecords.Any(h => h.ObjectId == o.Id))
                         .ToListAsync(ct))
                found[o.Id] = o;
        }
        return found;
    }
}
