using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Importing;

/// <summary>
/// The storage side of an import: runs and their checkpoints, the provenance lookups that make a
/// re-import cheap (one query per batch), and the batch writer.
/// </summary>
public sealed class ImportStore(DepotDatabase database, RecordStore records, TimeProvider clock)
{
    public DepotDatabase Database => database;

    /// <summary>The unfinished run of this file (to resume after its checkpoint), or a new one.</summary>
    public async Task<ImportRun> StartRunAsync(long organisationId, string fileName, string fileIdentity, string format, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var open = await db.ImportRuns.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.FileIdentity == fileIdentity && r.CompletedAt == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (open is not null) return open;
        var now = clock.GetUtcNow();
        var run = new ImportRun
        {
            OrganisationId = organisationId,
            FileName = fileName,
            FileIdentity = fileIdentity,
            Format = format,
            StartedBy = actor.Name,
            StartedAt = now,
            UpdatedAt = now,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task CompleteRunAsync(long organisationId, long runId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        await db.ImportRuns.Where(r => r.OrganisationId == organisationId && r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, now).SetProperty(r => r.UpdatedAt, now), ct);
    }

    // The batch lookups below send their keys as one array parameter (EF.Parameter): EF's default of
    // one parameter per key makes SQLite prepare and bind a statement of thousands of parameters per batch.

    /// <summary>Provenance of the given source keys: object id and content hash per key found.</summary>
    public async Task<Dictionary<string, (long ObjectId, string Hash)>> ProvenanceAsync(long organisationId, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return [];
        await using var db = database.CreateContext();
        var list = keys.ToList();
        return await db.Provenance.Where(p => p.OrganisationId == organisationId && EF.Parameter(list).Contains(p.SourceKey))
            .ToDictionaryAsync(p => p.SourceKey, p => (p.ObjectId, p.ContentHash), StringComparer.Ordinal, ct);
    }

    /// <summary>Ids of the organisation's (not deleted) objects with these numbers.</summary>
    public async Task<Dictionary<string, long>> ObjectIdsByNumberAsync(long organisationId, IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return [];
        await using var db = database.CreateContext();
        var list = numbers.ToList();
        return await db.Objects.Where(o => o.OrganisationId == organisationId && EF.Parameter(list).Contains(o.ObjectNumber))
            .Select(o => new { o.ObjectNumber, o.Id }).ToDictionaryAsync(o => o.ObjectNumber, o => o.Id, StringComparer.Ordinal, ct);
    }

    public async Task<Dictionary<long, CollectionObject>> ObjectsAsync(long organisationId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = database.CreateContext();
        var list = ids.ToList();
        return await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && EF.Parameter(list).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>Of these objects, the harvested ones (read-only) with the name of their source.</summary>
    public async Task<Dictionary<long, string>> HarvestedAsync(long organisationId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = database.CreateContext();
        var list = ids.ToList();
        return await db.HarvestedRecords.Where(h => h.OrganisationId == organisationId && EF.Parameter(list).Contains(h.ObjectId))
            .Join(db.HarvestSources, h => h.SourceId, s => s.Id, (h, s) => new { h.ObjectId, s.Name })
            .ToDictionaryAsync(x => x.ObjectId, x => x.Name, ct);
    }

    /// <summary>A writer for the run's batches; it keeps the labels of the organisation's authorities for the search documents.</summary>
    public async Task<ImportBatchWriter> OpenWriterAsync(long organisationId, Actor actor, string note, CancellationToken ct) =>
        new(database, records, clock, organisationId, actor, note, await IndexLabels.LoadAsync(database, organisationId, ct));
}
