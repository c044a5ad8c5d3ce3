using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Files;

/// <summary>Abandoned resumable uploads: past their expiry the session is marked Expired and its temporary file removed.</summary>
internal sealed class UploadExpiry(DepotDatabase database, UploadFolder folder, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        // SQLite keeps times as text EF will not compare: the receiving sessions are few and filtered here.
        var expired = (await db.UploadSessions.AsTracking().Where(u => u.State == UploadState.Receiving).ToListAsync(ct))
            .Where(u => u.ExpiresAt <= now).ToList();
        foreach (var session in expired)
        {
            folder.Remove(session.OrganisationId, session.Id);
            session.State = UploadState.Expired;
            session.Error = "Expired before the last chunk arrived; the received bytes were removed.";
        }
        await db.SaveChangesAsync(ct);
        return expired.Count;
    }
}
