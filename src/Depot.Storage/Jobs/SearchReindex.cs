using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Jobs;

/// <summary>
/// Rebuilds an organisation's facet rows (<c>object_terms</c>) and full-text documents from its
/// objects, with the same code the record store uses on every save. For after a bulk import,
/// a restored backup or a change in how documents are built.
/// </summary>
public sealed class SearchReindex(DepotDatabase database)
{
    public const string Kind = "search.reindex";
    private const int BatchSize = 200;

    /// <summary>Reindexes every object; <paramref name="progress"/> hears (done, total) after each batch.</summary>
    public async Task<long> RebuildAsync(long organisationId, Func<long, long, CancellationToken, Task> progress, CancellationToken ct)
    {
        long total;
        await using (var db = database.CreateContext())
            total = await db.Objects.LongCountAsync(o => o.OrganisationId == organisationId, ct);
        await progress(0, total, ct);

        long done = 0, lastId = 0;
        while (true)
        {
            await using var db = database.CreateContext();
            var batch = await db.Objects.AsNoTracking()
                .Where(o => o.OrganisationId == organisationId && o.Id > lastId)
                .OrderBy(o => o.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            // One transaction per batch: search stays consistent per object and a long rebuild never holds the write lock for long.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var o in batch)
                await ObjectIndexing.WriteAsync(db, o, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            done += batch.Count;
            lastId = batch[^1].Id;
            await progress(done, Math.Max(total, done), ct);
        }
        return done;
    }
}
