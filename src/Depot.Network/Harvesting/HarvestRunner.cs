using Depot.Core.Network;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Depot.Network.Harvesting;

/// <summary>
/// One harvest of one source, for the background job and for <c>depot harvest</c>: records a run, lets the
/// harvester for the source's kind write page by page through a counting sink, and on the end keeps the
/// outcome on the run and the source — a success schedules the next run after the interval; a failure
/// is recorded with its URL and reason and retried with backoff, and the source is flagged after several.
/// A harvest failure is an outcome, not an error of the job: the queue does not retry it.
/// </summary>
public sealed partial class HarvestRunner(DepotDatabase database, IEnumerable<IHarvester> harvesters, IServiceProvider services,
    NetworkOptions options, TimeProvider clock, ILogger<HarvestRunner> logger)
{
    /// <returns>The finished run, or null when the organisation has no such source (it was removed meanwhile).</returns>
    public async Task<HarvestRun?> RunAsync(long organisationId, long sourceId, bool onDemand, string startedBy, long? jobId,
        IJobProgress progress, CancellationToken ct)
    {
        HarvestSource? source;
        await using (var db = database.CreateContext())
            source = await db.HarvestSources.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == sourceId, ct);
        if (source is null) return null;

        var run = await StartAsync(source, onDemand, startedBy, jobId, ct);
        await using var scope = services.CreateAsyncScope();
        // The last registered for a kind wins, so a host (or a test) can put its own in front of the built-in one.
        var harvester = harvesters.LastOrDefault(h => h.Kind == source.Kind);
        var sink = scope.ServiceProvider.GetService<IHarvestSink>();
        var counting = sink is null ? null : new CountingSink(sink, database, run, progress);
        try
        {
            if (harvester is null || counting is null)
                throw new HarvestFailedException(source.Url,
                    $"Deze Depot kan nog geen bron van de soort {source.Kind} oogsten (geen {(harvester is null ? "oogster" : "bestemming")} geïnstalleerd).",
                    $"This Depot cannot harvest a source of kind {source.Kind} yet (no {(harvester is null ? "harvester" : "sink")} installed).");
            await progress.ReportAsync(0, null, CountingSink.Message(run), ct);
            await harvester.HarvestAsync(source, counting, progress, ct);
            await SucceedAsync(source, run, counting.SourceUpToAt);
        }
        catch (HarvestFailedException e)
        {
            logger.LogWarning("Harvest of source {Source} failed at {Url}: {Reason}", source.Id, e.Url, e.En);
            await FailAsync(source, run, counting?.SourceUpToAt, e.Url, e.Nl, e.En);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await CancelAsync(source, run, counting?.SourceUpToAt);
            throw;
        }
#pragma warning disable CA1031 // Whatever else went wrong (a bug, a record the sink choked on) is this source's failure, shown on its health page.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Harvest of source {Source} stopped unexpectedly", source.Id);
            await FailAsync(source, run, counting?.SourceUpToAt, source.Url,
                "Het oogsten stopte door een onverwachte fout: " + e.Message, "The harvest stopped on an unexpected error: " + e.Message);
        }
        return run;
    }

    private async Task<HarvestRun> StartAsync(HarvestSource source, bool onDemand, string startedBy, long? jobId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var run = new HarvestRun
        {
            OrganisationId = source.OrganisationId,
            SourceId = source.Id,
            JobId = jobId,
            OnDemand = onDemand,
            StartedBy = Clip(startedBy, 320),
            StartedAt = now,
            Outcome = HarvestOutcome.Running,
        };
        await using var db = database.CreateContext();
        db.HarvestRuns.Add(run);
        await db.SaveChangesAsync(ct);
        // Bookkeeping goes around the Version token: a harvest never makes a person's edit of the registration stale.
        await Source(db, source).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastStartedAt, now)
            .SetProperty(x => x.LastOutcome, HarvestOutcome.Running), ct);
        return run;
    }

    private static IQueryable<HarvestSource> Source(DepotDbContext db, HarvestSource source) =>
        db.HarvestSources.Where(s => s.Id == source.Id && s.OrganisationId == source.OrganisationId);

    internal static string Clip(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
