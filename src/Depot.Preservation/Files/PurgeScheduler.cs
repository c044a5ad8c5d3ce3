using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Depot.Preservation.Files;

/// <summary>Queues the purge once a day (unless one is waiting or running, or one was queued less than a day ago).</summary>
internal sealed class PurgeScheduler(DepotDatabase database, JobQueue queue, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
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

    internal async Task<bool> EnqueueIfDueAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var last = await db.Jobs.Where(j => j.Kind == PreservationJobs.Purge).OrderByDescending(j => j.Id)
            .Select(j => new { j.State, j.CreatedAt }).FirstOrDefaultAsync(ct);
        if (last is not null && (last.State is JobState.Queued or JobState.Running || clock.GetUtcNow() - last.CreatedAt < Interval)) return false;
        await queue.EnqueueAsync(PreservationJobs.Purge, null, "{}", ct);
        return true;
    }
}
