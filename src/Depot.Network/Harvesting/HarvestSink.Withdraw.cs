using Depot.Core.Network;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

// Snapshot sources (a file at a URL): what the last pass did not bring is gone at the source.
internal sealed partial class HarvestSink
{
    public async Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stored = await LoadSourceAsync(source, ct);
        var actor = Actor.Harvester(stored.Name);
        try
        {
            return await records.InTransactionAsync(async tx =>
            {
                // Compared in memory: SQLite cannot compare DateTimeOffset columns in SQL.
                var live = await tx.Db.HarvestedRecords.AsTracking().Where(h => h.SourceId == stored.Id && !h.Withdrawn).ToListAsync(ct);
                var gone = live.Where(h => h.HarvestedAt < since).ToList();
                var now = clock.GetUtcNow();
                foreach (var row in gone)
                {
                    await DeleteAsync(tx, stored, row.ObjectId, actor);
                    row.Withdrawn = true;
                    row.HarvestedAt = now;
                }
                await tx.Db.SaveChangesAsync(ct);
                long count = gone.Count;
                await tx.Db.HarvestSources.Where(s => s.Id == stored.Id && s.OrganisationId == stored.OrganisationId).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.State, nextState)
                    .SetProperty(x => x.RecordCount, x => x.RecordCount - count), ct);
                return count;
            }, ct);
        }
        catch
        {
            contexts.TryRemove(stored.Id, out _);
            throw;
        }
    }
}
