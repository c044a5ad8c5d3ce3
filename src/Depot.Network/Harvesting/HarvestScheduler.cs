using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Depot.Network.Harvesting;

/// <summary>
/// Every <see cref="NetworkOptions.SchedulerLook"/>, queues a harvest of each enabled source whose next run is
/// due, unless a harvest of it is already queued or running. Runs only in processes that run jobs.
/// </summary>
internal sealed class HarvestScheduler(DepotDatabase database, HarvestJobs queue, NetworkOptions options, TimeProvider clock,
    ILogger<HarvestScheduler> logger) : BackgroundService
{
    /// <summary>Who the schedule's runs say started them.</summary>
    public const string StartedBy = "schema";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.SchedulerLook, clock, stoppingToken);
                await EnqueueDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The database may be restarting: look again next time rather than stopping the schedule for good.
                logger.LogWarning(e, "Could not look for due harvests; trying again");
            }
        }
    }

    /// <summary>Queues every due source once; returns the ids of the sources queued.</summary>
    public async Task<IReadOnlyList<long>> EnqueueDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(long Id, long OrganisationId, DateTimeOffset? NextRunAt)> candidates;
        await using (var db = database.CreateContext())
        {
            // Filtered here rather than in SQL: SQLite keeps times as text; the sources of a platform are a few hundred at most.
            candidates = (await db.HarvestSources.AsNoTracking().Where(s => s.Enabled && s.NextRunAt != null)
                .Select(s => new { s.Id, s.OrganisationId, s.NextRunAt }).ToListAsync(ct))
                .Select(s => (s.Id, s.OrganisationId, s.NextRunAt)).ToList();
        }
        var due = candidates.Where(s => s.NextRunAt <= now).ToList();
        if (due.Count == 0) return [];
        var active = (await queue.ActiveAsync(ct)).Select(a => a.SourceId).ToHashSet();
        var queued = new List<long>();
        foreach (var source in due.Where(s => !active.Contains(s.Id)))
        {
            await queue.EnqueueAsync(source.OrganisationId, source.Id, onDemand: false, StartedBy, ct);
            queued.Add(source.Id);
        }
        if (queued.Count > 0) logger.LogInformation("Queued scheduled harvests of sources {Sources}", string.Join(", ", queued));
        return queued;
    }
}
