using Depot.Core.Network;
using Depot.Network.Harvesting;

namespace Depot.Network.Tests.Sources;

/// <summary>
/// Stands in for the real sink (helper D's, which writes objects and provenance) in the tests of the harvest job:
/// it remembers identifiers per source to tell added from updated, counts withdrawals and refuses identifiers
/// starting with "bad". Switch these tests to the real sink once it is merged.
/// </summary>
internal sealed class TestHarvestSink : IHarvestSink
{
    private readonly Dictionary<long, HashSet<string>> seen = [];

    public List<string> States { get; } = [];

    public Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        var ids = seen.TryGetValue(source.Id, out var s) ? s : seen[source.Id] = [];
        int added = 0, updated = 0, deleted = 0, refused = 0;
        var refusals = new List<Depot.Interchange.Importing.RecordOutcome>();
        foreach (var item in page.Items)
        {
            if (item is HarvestWithdrawal) { if (ids.Remove(item.SourceIdentifier)) deleted++; continue; }
            if (item.SourceIdentifier.StartsWith("bad", StringComparison.Ordinal))
            {
                refused++;
                refusals.Add(new(0, item.SourceIdentifier, "", Depot.Interchange.Importing.RecordAction.Refused,
                    [new(Depot.Interchange.Sources.IssueSeverity.Error, "objectNumber", "Geen objectnummer.", "No object number.")], [], []));
                continue;
            }
            if (ids.Add(item.SourceIdentifier)) added++; else updated++;
        }
        States.Add(page.NextState);
        return Task.FromResult(new HarvestPageOutcome(added, updated, 0, deleted, refused, refusals));
    }

    public Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct) => Task.FromResult(0L);
}
