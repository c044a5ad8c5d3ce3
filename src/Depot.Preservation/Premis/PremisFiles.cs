using Depot.Core.Preservation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Premis;

/// <summary>One file with everything its PREMIS description needs: its events and the copies of its bytes.</summary>
public sealed record PremisFile(DigitalFile File, IReadOnlyList<PreservationEvent> Events, IReadOnlyList<ContentReplica> Replicas);

/// <summary>Reads files of one organisation with their events and replicas, for the PREMIS export and packages.</summary>
public sealed class PremisFiles(DepotDatabase database)
{
    /// <summary>The file with this id of this organisation (deleted ones too: their deletion is part of the log), or null.</summary>
    public async Task<PremisFile?> FindAsync(long organisationId, long fileId, CancellationToken ct)
    {
        var found = await LoadAsync(organisationId, q => q.Where(f => f.Id == fileId), ct);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The files of one object of this organisation, in id order; empty when it has none (or is another's).</summary>
    public Task<IReadOnlyList<PremisFile>> ForObjectAsync(long organisationId, long objectId, bool includeDeleted, CancellationToken ct) =>
        LoadAsync(organisationId, q => q.Where(f => f.ObjectId == objectId && (includeDeleted || f.DeletedAt == null)), ct);

    /// <summary>The files (not deleted) of several objects of this organisation, for a package.</summary>
    public Task<IReadOnlyList<PremisFile>> ForObjectsAsync(long organisationId, IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        var ids = objectIds.ToList();
        return LoadAsync(organisationId, q => q.Where(f => f.ObjectId != null && ids.Contains(f.ObjectId.Value) && f.DeletedAt == null), ct);
    }

    private async Task<IReadOnlyList<PremisFile>> LoadAsync(long organisationId, Func<IQueryable<DigitalFile>, IQueryable<DigitalFile>> filter, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var files = await filter(db.DigitalFiles.AsNoTracking().Where(f => f.OrganisationId == organisationId && f.PurgedAt == null))
            .OrderBy(f => f.Id).ToListAsync(ct);
        if (files.Count == 0) return [];
        var fileIds = files.Select(f => f.Id).ToList();
        var hashes = files.Select(f => f.Sha256).Distinct().ToList();
        var events = (await db.PreservationEvents.AsNoTracking()
                .Where(e => e.OrganisationId == organisationId && fileIds.Contains(e.FileId)).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.FileId);
        var replicas = (await db.ContentReplicas.AsNoTracking().Where(r => hashes.Contains(r.Sha256)).ToListAsync(ct))
            .OrderBy(r => r.Store, StringComparer.Ordinal).ToLookup(r => r.Sha256);
        return [.. files.Select(f => new PremisFile(f, [.. events[f.Id]], [.. replicas[f.Sha256]]))];
    }
}
