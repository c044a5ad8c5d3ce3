using System.Globalization;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Files;

/// <summary>
/// Deleting a file and undoing it. Deletion hides the file at once and keeps its bytes for the grace
/// period (<see cref="PreservationOptions.DeletionGracePeriod"/>); the purge job removes them after.
/// Only an organisation admin may delete or restore: the caller (page or API) checks the role.
/// </summary>
public sealed class FileDeletion(DepotDatabase database, PreservationOptions options, TimeProvider clock)
{
    /// <summary>Marks the file deleted with a Deletion event; null when the organisation has no such file. Deleting twice changes nothing.</summary>
    public async Task<DigitalFile?> DeleteAsync(long organisationId, long fileId, Actor actor, string reason, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsTracking().SingleOrDefaultAsync(f => f.OrganisationId == organisationId && f.Id == fileId, ct);
        if (file is null || file.IsDeleted) return file;
        var now = clock.GetUtcNow();
        file.DeletedAt = now;
        file.DeletedBy = Cut(actor.Name, 320);
        file.DeletionReason = Cut(reason.Trim(), 1000);
        file.PurgeAfter = now + options.DeletionGracePeriod;
        PreservationEventLog.Record(db, file, PreservationEventType.Deletion, EventOutcome.Success,
            string.Create(CultureInfo.InvariantCulture, $"Deleted; bytes kept until {file.PurgeAfter:yyyy-MM-dd HH:mm} UTC")
            + (file.DeletionReason.Length > 0 ? $"; reason: {file.DeletionReason}" : ""), actor.Name, now);
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>Undoes a deletion while the bytes are still kept; false when the file is not deleted, purged, or not the organisation's.</summary>
    public async Task<bool> RestoreAsync(long organisationId, long fileId, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsTracking().SingleOrDefaultAsync(f => f.OrganisationId == organisationId && f.Id == fileId, ct);
        if (file is not { DeletedAt: not null, PurgedAt: null }) return false;
        var now = clock.GetUtcNow();
        // PREMIS has no "undeletion" event type: the restore is a Deletion event that says it was undone.
        PreservationEventLog.Record(db, file, PreservationEventType.Deletion, EventOutcome.Success,
            string.Create(CultureInfo.InvariantCulture, $"Deletion of {file.DeletedAt:yyyy-MM-dd HH:mm} UTC by {file.DeletedBy} undone; the file is kept again"), actor.Name, now);
        file.DeletedAt = null;
        file.DeletedBy = "";
        file.DeletionReason = "";
        file.PurgeAfter = null;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
