using Depot.Core.Preservation;
using Depot.Preservation.Files;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// TEST DOUBLE of helper C's deletion service (<see cref="IFileDeletion"/>), until it is merged: marks the
/// file deleted with the reason and the purge date, records the event; restore clears it. Replace with the real one.
/// </summary>
public sealed class TestFileDeletion(DepotDatabase database, PreservationOptions options, TimeProvider clock) : IFileDeletion
{
    public async Task<bool> DeleteAsync(long organisationId, long fileId, string reason, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.SingleOrDefaultAsync(f => f.OrganisationId == organisationId && f.Id == fileId && f.DeletedAt == null, ct);
        if (file is null) return false;
        var now = clock.GetUtcNow();
        file.DeletedAt = now;
        file.DeletedBy = actor.Name;
        file.DeletionReason = reason;
        file.PurgeAfter = now + options.DeletionGracePeriod;
        db.DigitalFiles.Update(file);
        PreservationEventLog.Record(db, file, PreservationEventType.Deletion, EventOutcome.Success, reason, actor.Name, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> RestoreAsync(long organisationId, long fileId, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.DigitalFiles.Where(f => f.OrganisationId == organisationId && f.Id == fileId && f.DeletedAt != null && f.PurgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.DeletedAt, (DateTimeOffset?)null).SetProperty(f => f.PurgeAfter, (DateTimeOffset?)null), ct) == 1;
    }
}
