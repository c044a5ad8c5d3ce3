using Depot.Core.Network;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Storage.Jobs;

namespace Depot.Network.Tests.Sources;

/// <summary>
/// A harvester that succeeds or fails on demand, for the tests of the harvest job and the health pages (the
/// real LDES, OAI-PMH and file harvesters have tests of their own). It hands the sink <see cref="Pages"/> pages
/// and then throws <see cref="FailWith"/> when set.
/// </summary>
internal sealed class TestHarvester(HarvestSourceKind kind = HarvestSourceKind.Ldes) : IHarvester
{
    public HarvestSourceKind Kind => kind;

    /// <summary>Each page: the identifiers to upsert ("+id") or withdraw ("-id").</summary>
    public List<string[]> Pages { get; } = [];

    public HarvestFailedException? FailWith { get; set; }

    public DateTimeOffset? SourceUpToAt { get; set; }

    /// <summary>Completed when a harvest has started, so a test can stop it halfway.</summary>
    public TaskCompletionSource Started { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the harvest waits for it after starting (to be cancelled).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public int Harvests { get; private set; }

    public static HarvestFailedException Failure(string url) =>
        new(url, $"De bron antwoordde met HTTP 500 op {url}.", $"The source answered HTTP 500 at {url}.");

    public async Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct)
    {
        Harvests++;
        Started.TrySetResult();
        if (Hold is { } hold) await hold.Task.WaitAsync(ct);
        var n = 0;
        foreach (var page in Pages)
        {
            n++;
            var items = page.Select(p => p[0] == '-'
                ? (HarvestItem)new HarvestWithdrawal(p[1..], "v1")
                : new HarvestUpsert(p[1..], "v1", new SourceRecord(p[1..], n, null, new SourceObject { ObjectNumber = p[1..] }, [], []))).ToList();
            await sink.WriteAsync(source, new HarvestPage($"{source.Url}?page={n}", items, $"page-{n}", SourceUpToAt), ct);
        }
        if (FailWith is { } failure) throw failure;
    }

    public void Reset() => Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
