using System.Globalization;
using Depot.Core.Preservation;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Files;

/// <summary>
/// The purge: files whose grace period ended are marked purged (with a Purge event); a content's bytes
/// leave every store only once no file that is not purged points at it, whichever organisation.
/// Then abandoned uploads' temporary files are removed.
/// </summary>
internal sealed class Purge(DepotDatabase database, ReplicaSet replicas, UploadExpiry uploads, TimeProvider clock)
{
    public const string Agent = "Depot purge";

    public async Task<(int Files, int Contents, int Uploads)> RunAsync(Func<string, CancellationToken, Task>? report, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var files = await PurgeFilesAsync(now, ct);
        if (report is not null) await report(string.Create(CultureInfo.InvariantCulture, $"{files} files purged"), ct);
        var contents = 0;
        foreach (var sha in await UnreferencedAsync(ct))
            if (await PurgeContentAsync(sha, ct)) contents++;
        if (report is not null) await report(string.Create(CultureInfo.InvariantCulture, $"{files} files, {contents} contents purged"), ct);
        return (files, contents, await uploads.RunAsync(ct));
    }

    private async Task<int> PurgeFilesAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        // SQLite keeps times as text EF will not compare: the few deleted files are filtered here.
        var due = (await db.DigitalFiles.AsTracking().Where(f => f.DeletedAt != null && f.PurgedAt == null && f.PurgeAfter != null).ToListAsync(ct))
            .Where(f => f.PurgeAfter <= now).ToList();
        foreach (var file in due)
        {
            file.PurgedAt = now;
            PreservationEventLog.Record(db, file, PreservationEventType.Purge, EventOutcome.Success,
                string.Create(CultureInfo.InvariantCulture, $"Grace period ended {file.PurgeAfter:yyyy-MM-dd HH:mm} UTC; the file's bytes are released (removed from every replica unless another file holds the same bytes)"),
                Agent, now);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<List<string>> UnreferencedAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.StoredContents.Where(c => c.PurgedAt == null && !db.DigitalFiles.Any(f => f.Sha256 == c.Sha256 && f.PurgedAt == null))
            .Select(c => c.Sha256).ToListAsync(ct);
    }

    /// <summary>
    /// Takes the content's row lock (an ingest of the same bytes takes it too), checks again that no live
    /// file points at it, removes the bytes from every store and commits PurgedAt: an ingest waiting on the
    /// lock then sees the content purged and writes the bytes back.
    /// </summary>
    private async Task<bool> PurgeContentAsync(string sha256, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var marked = await db.StoredContents
            .Where(c => c.Sha256 == sha256 && c.PurgedAt == null && !db.DigitalFiles.Any(f => f.Sha256 == c.Sha256 && f.PurgedAt == null))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PurgedAt, now), ct);
        if (marked == 0) return false;
        foreach (var store in replicas.Stores)
            await store.DeleteAsync(sha256, ct);
        await db.ContentReplicas.Where(r => r.Sha256 == sha256).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, ReplicaState.Purged)
            .SetProperty(r => r.LastMessage, "Removed at purge"), ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
