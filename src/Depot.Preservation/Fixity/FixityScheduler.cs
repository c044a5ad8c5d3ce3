using System.Text.Json;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Depot.Preservation.Fixity;

/// <summary>
/// Spreads the fixity cycle over <see cref="Slices"/> audits: every <c>FixityCycle / Slices</c> (3 days
/// for the default 90) it queues a whole-depot audit of the least recently checked <c>1/Slices</c> of the
/// copies, so every copy is re-hashed about once per cycle and no audit is large.
/// </summary>
internal sealed class FixityScheduler(DepotDatabase database, JobQueue queue, PreservationOptions options, TimeProvider clock) : BackgroundService
{
    public const int Slices = 30;
    private static readonly TimeSpan Look = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.FixityCycle <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Look, clock, stoppingToken);
                await EnqueueIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The database may be restarting; the next look tries again.
            }
        }
    }

    /// <summary>Queues the next slice unless one is waiting or running, or the last started less than a slice ago.</summary>
    internal async Task<bool> EnqueueIfDueAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        if (await db.Jobs.AnyAsync(j => j.Kind == PreservationJobs.FixityAudit && (j.State == JobState.Queued || j.State == JobState.Running), ct))
            return false;
        var last = await db.FixityAudits.Where(a => a.OrganisationId == null).OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.StartedAt).FirstOrDefaultAsync(ct);
        if (last is { } at && clock.GetUtcNow() - at < options.FixityCycle / Slices) return false;
        await queue.EnqueueAsync(PreservationJobs.FixityAudit, null, JsonSerializer.Serialize(new { organisationId = (long?)null, fraction = Slices }), ct);
        return true;
    }
}
