using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Depot.Storage.Importing;

/// <summary>
/// Writes one import batch in one transaction: its new authorities (with version rows), its
/// updates as normal versions through the record store, its new objects through the bulk path
/// (object row, facet rows, search row, version 1), the provenance rows and the run's checkpoint.
/// A killed process leaves whole batches or nothing, and the checkpoint says which.
/// </summary>
public sealed class ImportBatchWriter
{
    private readonly DepotDatabase database;
    private readonly RecordStore records;
    private readonly TimeProvider clock;
    private readonly long organisationId;
    private readonly Actor actor;
    private readonly string note;
    private readonly IndexLabels labels;

    internal ImportBatchWriter(DepotDatabase database, RecordStore records, TimeProvider clock, long organisationId, Actor actor, string note, IndexLabels labels)
    {
        this.database = database;
        this.records = records;
        this.clock = clock;
        this.organisationId = organisationId;
        this.actor = actor;
        this.note = note;
        this.labels = labels;
    }

    /// <summary>Writes the batch with an import run's checkpoint: the provenance rows and the run's totals and position.</summary>
    public Task WriteAsync(ImportBatch batch, ImportCheckpoint checkpoint, CancellationToken ct) =>
        WriteAsync(batch, async (tx, written, token) =>
        {
            await ProvenanceRows.UpsertAsync(tx.Db, organisationId, [.. written.Select(w => (w.SourceKey, w.ObjectId, w.ContentHash))], token);
            await tx.Db.SaveChangesAsync(token);
            var now = clock.GetUtcNow();
            await tx.Db.ImportRuns.Where(r => r.OrganisationId == organisationId && r.Id == checkpoint.RunId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Position, checkpoint.Position)
                    .SetProperty(r => r.Created, checkpoint.Created)
                    .SetProperty(r => r.Updated, checkpoint.Updated)
                    .SetProperty(r => r.Unchanged, checkpoint.Unchanged)
                    .SetProperty(r => r.Refused, checkpoint.Refused)
                    .SetProperty(r => r.Warnings, checkpoint.Warnings)
                    .SetProperty(r => r.UpdatedAt, now), token);
        }, ct);

    /// <summary>
    /// Writes the batch and then runs <paramref name="checkpoint"/> in the same transaction: the caller's own bookkeeping
    /// (an import run's position, a harvest source's state and provenance rows), so the batch and it commit together.
    /// </summary>
    public async Task WriteAsync(ImportBatch batch, BatchCheckpoint checkpoint, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var ids = await BatchAuthorities.AddAsync(db, organisationId, batch, actor, note, now, ct);
        foreach (var w in batch.Creates.Concat(batch.Updates))
            ImportedFields.Remap(w.Object, ids.Concept, ids.Agent, ids.Place);
        labels.Remember(batch.NewConcepts, batch.NewAgents, batch.NewPlaces);

        var written = new List<WrittenRecord>(batch.Creates.Count + batch.Updates.Count + batch.Touches.Count);
        var store = new RecordStore.RecordTransaction(records, db, clock, ct);
        foreach (var u in batch.Updates)
        {
            // A record the source withdrew earlier and sends again: its object comes back before it is updated.
            if (u.Undelete) await store.UndeleteAsync<CollectionObject>(organisationId, u.ObjectId, actor, note);
            await store.UpdateAsync<CollectionObject>(organisationId, u.ObjectId, actor, stored => ImportedFields.Copy(u.Object, stored), note);
            written.Add(new WrittenRecord(u.SourceKey, u.ObjectId, u.ContentHash));
        }
        if (batch.Creates.Count > 0)
        {
            await using (var writer = OpenBulkWriter(db))
            {
                writer.Begin(now);
                // The next chunk's column values, JSON and search document are prepared on another thread while this one is written.
                var chunks = batch.Creates.Chunk(PrepareChunk).ToList();
                var next = Task.Run(() => Prepare(chunks[0]), ct);
                for (var i = 0; i < chunks.Count; i++)
                {
                    var prepared = await next;
                    if (i + 1 < chunks.Count)
                    {
                        var chunk = chunks[i + 1];
                        next = Task.Run(() => Prepare(chunk), ct);
                    }
                    // The runner looked the numbers up before this batch: one taken since is another writer's, and the batch goes back.
                    if (writer.Write(prepared, ct) != prepared.Count)
                        throw new InvalidOperationException("An object number of this batch was taken by another writer meanwhile; run the import again.");
                }
            }
            written.AddRange(batch.Creates.Select(c => new WrittenRecord(c.SourceKey, c.Object.Id, c.ContentHash)));
        }
        foreach (var t in batch.Touches)
        {
            if (t.Undelete) await store.UndeleteAsync<CollectionObject>(organisationId, t.ObjectId, actor, note);
            written.Add(new WrittenRecord(t.SourceKey, t.ObjectId, t.ContentHash));
        }
        await checkpoint(store, written, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private const int PrepareChunk = 500;

    private List<PreparedObject> Prepare(ImportWrite[] chunk) => [.. chunk.Select(c => PreparedObject.From(c.Object, organisationId, labels))];

    /// <summary>After the last batch: fresh planner statistics on PostgreSQL when many rows came in.</summary>
    public async Task FinishAsync(long created, CancellationToken ct)
    {
        if (database.Target.Engine != DatabaseEngine.Postgres || created < 10_000) return;
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE objects; ANALYZE object_terms; ANALYZE object_search; ANALYZE import_provenance;", ct);
    }

    private IBulkObjectWriter OpenBulkWriter(DepotDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return connection switch
        {
            SqliteConnection sqlite => SqliteObjectWriter.Within(sqlite, (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction(), organisationId, actor, note),
            NpgsqlConnection npgsql => PostgresObjectWriter.Within(npgsql, organisationId, actor, note),
            _ => throw new InvalidOperationException($"No bulk writer for {connection.GetType().Name}."),
        };
    }
}
