using Depot.Core.Network;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

/// <summary>The end of a run, kept on the run and on the source's health; written even when the harvest was cancelled.</summary>
public sealed partial class HarvestRunner
{
    private async Task SucceedAsync(HarvestSource source, HarvestRun run, DateTimeOffset? upTo)
    {
        var now = clock.GetUtcNow();
        run.Outcome = HarvestOutcome.Succeeded;
        run.FinishedAt = now;
        await using var db = database.CreateContext();
        await SaveRunAsync(db, run);
        var count = await CountAsync(db, source);
        DateTimeOffset? next = source.Enabled ? now.AddMinutes(source.IntervalMinutes) : null;
        await Source(db, source).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastFinishedAt, now)
            .SetProperty(x => x.LastSucceededAt, now)
            .SetProperty(x => x.LastOutcome, HarvestOutcome.Succeeded)
            .SetProperty(x => x.LastError, "")
            .SetProperty(x => x.LastErrorEn, "")
            .SetProperty(x => x.LastFailingUrl, "")
            .SetProperty(x => x.ConsecutiveFailures, 0)
            .SetProperty(x => x.Flagged, false)
            .SetProperty(x => x.NextRunAt, x => x.Enabled ? next : null)
            .SetProperty(x => x.SourceUpToAt, Newest(source.SourceUpToAt, upTo))
            .SetProperty(x => x.RecordCount, count), CancellationToken.None);
    }

    private async Task FailAsync(HarvestSource source, HarvestRun run, DateTimeOffset? upTo, string url, string nl, string en)
    {
        var now = clock.GetUtcNow();
        run.Outcome = HarvestOutcome.Failed;
        run.FinishedAt = now;
        run.Error = Clip(nl, 2000);
        run.ErrorEn = Clip(en, 2000);
        run.FailingUrl = Clip(url, HarvestSource.UrlMaxLength);
        await using var db = database.CreateContext();
        await SaveRunAsync(db, run);
        var count = await CountAsync(db, source);
        // The count read at the start: one harvest of a source runs at a time (HarvestJobs).
        var failures = await Source(db, source).Select(s => s.ConsecutiveFailures).SingleOrDefaultAsync(CancellationToken.None) + 1;
        var next = now + HarvestBackoff.Delay(options, failures);
        var flagged = failures >= options.FailuresBeforeFlag;
        await Source(db, source).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastFinishedAt, now)
            .SetProperty(x => x.LastOutcome, HarvestOutcome.Failed)
            .SetProperty(x => x.LastError, run.Error)
            .SetProperty(x => x.LastErrorEn, run.ErrorEn)
            .SetProperty(x => x.LastFailingUrl, run.FailingUrl)
            .SetProperty(x => x.ConsecutiveFailures, failures)
            .SetProperty(x => x.Flagged, flagged)
            .SetProperty(x => x.NextRunAt, x => x.Enabled ? next : (DateTimeOffset?)null)
            .SetProperty(x => x.SourceUpToAt, Newest(source.SourceUpToAt, upTo))
            .SetProperty(x => x.RecordCount, count), CancellationToken.None);
    }

    /// <summary>Stopped by a person or by the server shutting down: no failure, and the schedule waits an interval before trying again.</summary>
    private async Task CancelAsync(HarvestSource source, HarvestRun run, DateTimeOffset? upTo)
    {
        var now = clock.GetUtcNow();
        run.Outcome = HarvestOutcome.Cancelled;
        run.FinishedAt = now;
        await using var db = database.CreateContext();
        await SaveRunAsync(db, run);
        var count = await CountAsync(db, source);
        var next = now.AddMinutes(source.IntervalMinutes);
        await Source(db, source).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastFinishedAt, now)
            .SetProperty(x => x.LastOutcome, HarvestOutcome.Cancelled)
            .SetProperty(x => x.NextRunAt, x => x.Enabled ? next : (DateTimeOffset?)null)
            .SetProperty(x => x.SourceUpToAt, Newest(source.SourceUpToAt, upTo))
            .SetProperty(x => x.RecordCount, count), CancellationToken.None);
    }

    /// <summary>Computed here, not in SQL: SQLite keeps times as text and cannot compare them as times.</summary>
    private static DateTimeOffset? Newest(DateTimeOffset? kept, DateTimeOffset? harvested) =>
        harvested is { } h && (kept is null || h > kept) ? h : kept;

    private static Task<long> CountAsync(DepotDbContext db, HarvestSource source) =>
        db.HarvestedRecords.LongCountAsync(h => h.OrganisationId == source.OrganisationId && h.SourceId == source.Id && !h.Withdrawn, CancellationToken.None);

    private static Task<int> SaveRunAsync(DepotDbContext db, HarvestRun run) =>
        db.HarvestRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Outcome, run.Outcome)
            .SetProperty(r => r.FinishedAt, run.FinishedAt)
            .SetProperty(r => r.Pages, run.Pages)
            .SetProperty(r => r.Added, run.Added)
            .SetProperty(r => r.Updated, run.Updated)
            .SetProperty(r => r.Unchanged, run.Unchanged)
            .SetProperty(r => r.Deleted, run.Deleted)
            .SetProperty(r => r.Refused, run.Refused)
            .SetProperty(r => r.RefusalSample, run.RefusalSample)
            .SetProperty(r => r.Error, run.Error)
            .SetProperty(r => r.ErrorEn, run.ErrorEn)
            .SetProperty(r => r.FailingUrl, run.FailingUrl), CancellationToken.None);
}
