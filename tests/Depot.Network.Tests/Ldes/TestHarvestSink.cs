using Depot.Core.Network;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;

namespace Depot.Network.Tests.Ldes;

/// <summary>
/// A stand-in for helper D's real <see cref="IHarvestSink"/> until it is merged: keeps the harvested
/// records by source identifier in memory, counts added/updated/deleted the way the real sink reports
/// them, and saves each page's state on the source (as the real one does in its transaction).
/// Tests that use it switch to the real sink at merge.
/// </summary>
internal sealed class TestHarvestSink : IHarvestSink
{
    public Dictionary<string, (string Version, SourceRecord Record)> Records { get; } = new(StringComparer.Ordinal);
    public List<HarvestPage> Pages { get; } = [];
    public int Added { get; private set; }
    public int Updated { get; private set; }
    public int Deleted { get; private set; }

    /// <summary>Every version handed on, in order: a duplicate would show here twice.</summary>
    public List<string> Versions { get; } = [];

    public Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        int added = 0, updated = 0, deleted = 0;
        foreach (var item in page.Items)
        {
            Versions.Add(item.SourceVersion);
            switch (item)
            {
                case HarvestUpsert u when Records.ContainsKey(u.SourceIdentifier):
                    Records[u.SourceIdentifier] = (u.SourceVersion, u.Record);
                    updated++;
                    break;
                case HarvestUpsert u:
                    Records[u.SourceIdentifier] = (u.SourceVersion, u.Record);
                    added++;
                    break;
                case HarvestWithdrawal w when Records.Remove(w.SourceIdentifier):
                    deleted++;
                    break;
            }
        }
        Pages.Add(page);
        source.State = page.NextState;
        if (page.SourceUpToAt is { } at) source.SourceUpToAt = at;
        Added += added;
        Updated += updated;
        Deleted += deleted;
        return Task.FromResult(new HarvestPageOutcome(added, updated, 0, deleted, 0, []));
    }

    public Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct) =>
        throw new NotSupportedException("An LDES harvest never withdraws by absence.");

    /// <summary>Counts since the last reset, for "the next harvest brings exactly those changes".</summary>
    public void ResetCounts() => (Added, Updated, Deleted) = (0, 0, 0);
}
