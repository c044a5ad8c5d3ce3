using System.Globalization;
using Depot.Core.Network;
using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

/// <summary>
/// Sits between a harvester and the real sink: after every page it adds what the page did to the run's
/// counters in the database and tells the job's progress, so the health page shows the harvest as it goes.
/// </summary>
internal sealed class CountingSink(IHarvestSink inner, DepotDatabase database, HarvestRun run, IJobProgress progress) : IHarvestSink
{
    public const int SampleSize = 5;

    private readonly List<string> sample = [];

    /// <summary>The newest change time any page reported.</summary>
    public DateTimeOffset? SourceUpToAt { get; private set; }

    public async Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        var outcome = await inner.WriteAsync(source, page, ct);
        run.Pages++;
        run.Added += outcome.Added;
        run.Updated += outcome.Updated;
        run.Unchanged += outcome.Unchanged;
        run.Deleted += outcome.Deleted;
        run.Refused += outcome.Refused;
        foreach (var refusal in outcome.Refusals)
        {
            if (sample.Count >= SampleSize) break;
            sample.Add(RefusalSample.Line(refusal));
        }
        run.RefusalSample = string.Join('\n', sample);
        if (page.SourceUpToAt is { } upTo && (SourceUpToAt is null || upTo > SourceUpToAt)) SourceUpToAt = upTo;
        await SaveCountsAsync(ct);
        await progress.ReportAsync(run.Pages, null, Message(run), ct);
        return outcome;
    }

    public async Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct)
    {
        var withdrawn = await inner.WithdrawNotSeenSinceAsync(source, since, nextState, ct);
        run.Deleted += withdrawn;
        await SaveCountsAsync(ct);
        await progress.ReportAsync(run.Pages, null, Message(run), ct);
        return withdrawn;
    }

    /// <summary>The job's progress line: plain and language-neutral enough for the CLI and the log.</summary>
    public static string Message(HarvestRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Pages} pages: +{run.Added} ~{run.Updated} ={run.Unchanged} -{run.Deleted} !{run.Refused}");

    private async Task SaveCountsAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await db.HarvestRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Pages, run.Pages)
            .SetProperty(r => r.Added, run.Added)
            .SetProperty(r => r.Updated, run.Updated)
            .SetProperty(r => r.Unchanged, run.Unchanged)
            .SetProperty(r => r.Deleted, run.Deleted)
            .SetProperty(r => r.Refused, run.Refused)
            .SetProperty(r => r.RefusalSample, run.RefusalSample), ct);
    }
}

/// <summary>The kept refusal reasons of a run: one line per record, <c>identifier TAB Dutch TAB English</c>.</summary>
public static class RefusalSample
{
    public static string Line(RecordOutcome refusal)
    {
        var issue = refusal.Issues.FirstOrDefault(i => i.Severity == Depot.Interchange.Sources.IssueSeverity.Error) ?? (refusal.Issues.Count > 0 ? refusal.Issues[0] : null);
        var id = Clean(refusal.SourceId.Length > 0 ? refusal.SourceId : refusal.ObjectNumber);
        return $"{id}\t{Clean(issue?.Nl ?? "geweigerd")}\t{Clean(issue?.En ?? "refused")}";
    }

    public static IEnumerable<(string Identifier, string Nl, string En)> Read(string sample) =>
        sample.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).Select(p =>
            (p[0], p.Length > 1 ? p[1] : "", p.Length > 2 ? p[2] : p.Length > 1 ? p[1] : ""));

    private static string Clean(string value)
    {
        var flat = value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length > 250 ? flat[..250] + "…" : flat;
    }
}
