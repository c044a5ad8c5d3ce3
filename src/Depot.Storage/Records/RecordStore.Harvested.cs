using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

// Harvested objects are read-only: every change of an object goes through this store (forms, API,
// merges, images, movements, imports, history restores), so this is the one place that refuses them.
// Only the harvester's own actor passes. (Batch edits write through their own writer and check themselves.)
public sealed partial class RecordStore
{
    /// <summary>Throws <see cref="HarvestedReadOnlyException"/> when one of these objects is harvested and the actor is not the harvester.</summary>
    internal static async Task GuardHarvestedAsync<T>(DepotDbContext db, long organisationId, IReadOnlyCollection<long> ids, Actor actor, CancellationToken ct)
        where T : IVersionedRecord
    {
        if (typeof(T) != typeof(CollectionObject) || actor.IsHarvester || ids.Count == 0) return;
        var hit = await HarvestProvenance.Query(db, organisationId, [.. ids]).FirstOrDefaultAsync(ct);
        if (hit is not null) throw new HarvestedReadOnlyException(hit.ObjectId, hit.SourceName);
    }

    /// <summary>Where an object of the organisation was harvested from, or null when it is the organisation's own.</summary>
    public async Task<HarvestProvenance?> HarvestedFromAsync(long organisationId, long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await HarvestProvenance.Query(db, organisationId, [objectId]).FirstOrDefaultAsync(ct);
    }
}

/// <summary>Provenance of a harvested object as people and the linked data see it: the source, the record there, when.</summary>
public sealed record HarvestProvenance(long ObjectId, string SourceName, string SourceUrl, string SourceIdentifier, string SourceVersion,
    DateTimeOffset FirstHarvestedAt, DateTimeOffset HarvestedAt)
{
    internal static IQueryable<HarvestProvenance> Query(DepotDbContext db, long organisationId, List<long> objectIds) =>
        from h in db.HarvestedRecords
        join s in db.HarvestSources on h.SourceId equals s.Id
        where h.OrganisationId == organisationId && objectIds.Contains(h.ObjectId)
        select new HarvestProvenance(h.ObjectId, s.Name, s.Url, h.SourceIdentifier, h.SourceVersion, h.FirstHarvestedAt, h.HarvestedAt);
}
