using Depot.Core.Preservation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Browsing;

/// <summary>Everything the file page shows: the file, its object, its copies and its PREMIS events.</summary>
public sealed record FileDetail(DigitalFile File, string? ObjectNumber, IReadOnlyList<ContentReplica> Replicas, IReadOnlyList<PreservationEvent> Events);

public sealed class FileDetails(DepotDatabase database)
{
    /// <summary>The organisation's file (deleted ones too, for restoring), or null.</summary>
    public async Task<FileDetail?> FindAsync(long organisationId, long fileId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsNoTracking().SingleOrDefaultAsync(f => f.OrganisationId == organisationId && f.Id == fileId, ct);
        if (file is null) return null;
        var number = file.ObjectId is long objectId
            ? await db.Objects.Where(o => o.OrganisationId == organisationId && o.Id == objectId).Select(o => o.ObjectNumber).FirstOrDefaultAsync(ct)
            : null;
        var replicas = await db.ContentReplicas.AsNoTracking().Where(r => r.Sha256 == file.Sha256).OrderBy(r => r.Store).ToListAsync(ct);
        var events = (await db.PreservationEvents.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.FileId == fileId).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        return new FileDetail(file, number, replicas, events);
    }

    /// <summary>The live files of one object, for the object page's section.</summary>
    public async Task<IReadOnlyList<DigitalFile>> OfObjectAsync(long organisationId, long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.DigitalFiles.AsNoTracking().Where(f => f.OrganisationId == organisationId && f.ObjectId == objectId && f.DeletedAt == null)
            .OrderBy(f => f.FileName).ThenBy(f => f.Id).ToListAsync(ct);
    }
}
