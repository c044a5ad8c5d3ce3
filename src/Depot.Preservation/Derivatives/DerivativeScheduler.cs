using System.Globalization;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Derivatives;

/// <summary>
/// Asks for a file's derivatives: an image (by its identified media type) becomes
/// <see cref="DerivativeState.Pending"/> and gets a durable job; anything else stays not applicable.
/// Call it after an ingest; a file whose derivatives are ready or pending is left alone.
/// </summary>
public sealed class DerivativeScheduler(DepotDatabase database, JobQueue queue)
{
    /// <summary>True when a job was queued.</summary>
    public async Task<bool> ScheduleAsync(long organisationId, long fileId, CancellationToken ct)
    {
        await using (var db = database.CreateContext())
        {
            var file = await db.DigitalFiles.AsTracking().SingleOrDefaultAsync(f => f.OrganisationId == organisationId && f.Id == fileId, ct);
            if (file is null || file.IsDeleted || !IsImage(file.MediaType)) return false;
            if (file.Derivatives is DerivativeState.Ready or DerivativeState.Pending) return false;
            file.Derivatives = DerivativeState.Pending;
            file.DerivativeError = "";
            await db.SaveChangesAsync(ct);
        }
        await queue.EnqueueAsync(PreservationJobs.Derivatives, organisationId, string.Create(CultureInfo.InvariantCulture, $$"""{"fileId":{{fileId}}}"""), ct);
        return true;
    }

    /// <summary>Media types worth handing to libvips; PDFs and vector drawings are documents, not pictures, here.</summary>
    public static bool IsImage(string mediaType) =>
        mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && !mediaType.Contains("svg", StringComparison.OrdinalIgnoreCase);
}
