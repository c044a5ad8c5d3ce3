using System.Globalization;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Derivatives;

/// <summary>
/// When the queue gives a derivatives job up (it threw, or libvips took the process down, on every
/// allowed attempt), the file's derivatives become <see cref="DerivativeState.Failed"/> with the reason
/// and a PREMIS event, instead of "pending" for ever; scheduling them again starts afresh.
/// </summary>
internal sealed class DerivativesGiveUp(DepotDatabase database, TimeProvider clock) : IJobGiveUp
{
    public string Kind => PreservationJobs.Derivatives;

    public async Task GaveUpAsync(BackgroundJob job, CancellationToken ct)
    {
        var fileId = DerivativesHandler.ReadFileId(job.Payload);
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.OrganisationId == job.OrganisationId, ct);
        if (file is null || file.Derivatives != DerivativeState.Pending) return;
        var attempts = job.Attempts.ToString(CultureInfo.InvariantCulture);
        var reason = $"Opgegeven na {attempts} pogingen: {job.Error} / Given up after {attempts} attempts: {job.Error}";
        file.Derivatives = DerivativeState.Failed;
        file.DerivativeError = reason.Length > 1000 ? reason[..1000] : reason;
        PreservationEventLog.Record(db, file, PreservationEventType.DerivativeCreation, EventOutcome.Failure,
            "No derivatives: the job was given up after " + attempts + " attempts: " + job.Error, DerivativesHandler.Agent, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
