using Depot.Core.Network;
using Depot.Core.Registration.Objects;
using Depot.Storage.Importing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

// The end of a page, in the batch's transaction: provenance rows, withdrawals and the source's new state.
internal sealed partial class HarvestSink
{
    private async Task RecordAsync(RecordStore.RecordTransaction tx, HarvestSource source, HarvestPage page, PageDecision decision,
        IReadOnlyList<WrittenRecord> written, CancellationToken ct)
    {
        var db = tx.Db;
        var now = clock.GetUtcNow();
        // The objects first: the record store attaches and detaches each, which must not meet the tracked provenance rows.
        var actor = Actor.Harvester(source.Name);
        foreach (var w in decision.Withdrawals) await DeleteAsync(tx, source, w.ObjectId, actor);
        var identifiers = written.Select(w => w.SourceKey).Concat(decision.Confirmed.Select(c => c.Identifier))
            .Concat(decision.Withdrawals.Select(w => w.Identifier)).Distinct().ToList();
        var rows = identifiers.Count == 0 ? [] : await db.HarvestedRecords.AsTracking()
            .Where(h => h.SourceId == source.Id && EF.Parameter(identifiers).Contains(h.SourceIdentifier))
            .ToDictionaryAsync(h => h.SourceIdentifier, StringComparer.Ordinal, ct);

        foreach (var w in written)
        {
            if (!rows.TryGetValue(w.SourceKey, out var row))
            {
                row = new HarvestedRecord { OrganisationId = source.OrganisationId, SourceId = source.Id, SourceIdentifier = w.SourceKey, FirstHarvestedAt = now };
                db.HarvestedRecords.Add(row);
                rows[w.SourceKey] = row;
            }
            row.ObjectId = w.ObjectId;
            row.ContentHash = w.ContentHash;
            row.SourceVersion = Bounded(decision.Versions.GetValueOrDefault(w.SourceKey, ""));
            row.HarvestedAt = now;
            row.Withdrawn = false;
        }
        foreach (var (identifier, version) in decision.Confirmed)
        {
            var row = rows[identifier];
            row.SourceVersion = Bounded(version);
            row.HarvestedAt = now;
        }
        foreach (var w in decision.Withdrawals)
        {
            var row = rows[w.Identifier];
            row.SourceVersion = Bounded(w.Version);
            row.HarvestedAt = now;
            row.Withdrawn = true;
        }
        await db.SaveChangesAsync(ct);

        var upTo = Later(source.SourceUpToAt, page.SourceUpToAt);
        var delta = (long)decision.Added + decision.Restored - decision.Withdrawals.Count;
        await db.HarvestSources.Where(s => s.Id == source.Id && s.OrganisationId == source.OrganisationId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.State, page.NextState)
            .SetProperty(x => x.SourceUpToAt, upTo)
            .SetProperty(x => x.RecordCount, x => x.RecordCount + delta), ct);
    }

    /// <summary>Deletes a withdrawn record's object (soft: its history stays), unless it is deleted already.</summary>
    private static async Task DeleteAsync(RecordStore.RecordTransaction tx, HarvestSource source, long objectId, Actor actor)
    {
        var live = await tx.Db.Objects.AnyAsync(o => o.OrganisationId == source.OrganisationId && o.Id == objectId && !o.IsDeleted);
        if (live) await tx.DeleteAsync<CollectionObject>(source.OrganisationId, objectId, actor, Note(source));
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string Bounded(string version) =>
        version.Length <= HarvestedRecord.IdentifierMaxLength ? version : version[..HarvestedRecord.IdentifierMaxLength];
}
