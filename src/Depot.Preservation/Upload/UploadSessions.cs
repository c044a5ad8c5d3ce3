using System.Collections.Concurrent;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Upload;

/// <summary>
/// Resumable chunked uploads: a session row (<see cref="UploadSession"/>) and a temporary file that
/// chunks are appended to in order. Only a complete upload is handed to ingest; everything else
/// stays in the work folder until it is cancelled or expires. Every method is scoped to one organisation.
/// </summary>
public sealed partial class UploadSessions(DepotDatabase database, PreservationPaths paths, PreservationOptions options, TimeProvider clock)
{
    // One writer per session at a time in this process; the row's ReceivedBytes check guards the rest.
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> locks = new();

    /// <summary>Opens a session and its empty temporary file, or says why not (bad input, unknown object).</summary>
    public async Task<(UploadSession? Session, UploadProblem? Problem)> StartAsync(long organisationId, UploadStart start, Actor actor, CancellationToken ct)
    {
        if (UploadChecks.Check(start, options.MaxFileBytes) is { } problem) return (null, problem);
        await ExpireAsync(ct);
        await using var db = database.CreateContext();
        var objectId = start.ObjectId;
        if (objectId is long id && !await db.Objects.AnyAsync(o => o.OrganisationId == organisationId && o.Id == id && !o.IsDeleted, ct))
            return (null, new(404, $"Object {id} bestaat niet in deze organisatie.", $"Object {id} does not exist in this organisation."));
        if (objectId is null && start.ObjectNumber is { Length: > 0 } number)
        {
            var trimmed = number.Trim();
            objectId = await db.Objects.Where(o => o.OrganisationId == organisationId && o.ObjectNumber == trimmed && !o.IsDeleted)
                .Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
            if (objectId is null)
                return (null, new(422, $"Er is geen object met nummer {trimmed}.", $"There is no object numbered {trimmed}."));
        }
        var now = clock.GetUtcNow();
        var session = new UploadSession
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            ObjectId = objectId,
            FileName = UploadChecks.CleanName(start.FileName!),
            ExpectedLength = start.Length,
            ExpectedSha256 = start.Sha256?.ToLowerInvariant() ?? "",
            ExpectedMd5 = start.Md5?.ToLowerInvariant() ?? "",
            CreatedBy = actor.Name,
            CreatedAt = now,
            ExpiresAt = now + options.UploadExpiry,
        };
        Directory.CreateDirectory(UploadFolder.Root(paths));
        await File.WriteAllBytesAsync(UploadFolder.FileOf(paths, session.Id), [], ct);
        db.UploadSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (session, null);
    }

    public async Task<UploadSession?> FindAsync(long organisationId, Guid id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.UploadSessions.AsNoTracking().SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Id == id, ct);
    }

    /// <summary>Cancels a session: the row and its bytes go. False when there is no such session; a completed one keeps its file.</summary>
    public async Task<bool> CancelAsync(long organisationId, Guid id, CancellationToken ct)
    {
        var gate = Gate(id);
        await gate.WaitAsync(ct);
        try
        {
            await using var db = database.CreateContext();
            var removed = await db.UploadSessions.Where(u => u.OrganisationId == organisationId && u.Id == id).ExecuteDeleteAsync(ct);
            if (removed == 0) return false;
            UploadFolder.Remove(paths, id);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Marks sessions past their expiry as expired and removes their bytes (run before new sessions start).</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        // Compared here, not in SQL: SQLite cannot order DateTimeOffset values, and open sessions are few.
        var open = await db.UploadSessions.Where(u => u.State == UploadState.Receiving).Select(u => new { u.Id, u.ExpiresAt }).ToListAsync(ct);
        var stale = open.Where(u => u.ExpiresAt < now).Select(u => u.Id).Take(500).ToList();
        if (stale.Count == 0) return 0;
        await db.UploadSessions.Where(u => stale.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.State, UploadState.Expired), ct);
        foreach (var id in stale) UploadFolder.Remove(paths, id);
        return stale.Count;
    }

    private SemaphoreSlim Gate(Guid id) => locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
}
