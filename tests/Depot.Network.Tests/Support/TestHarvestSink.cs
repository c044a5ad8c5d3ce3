using Depot.Core.Network;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Storage.Database;

namespace Depot.Network.Tests.Support;

/// <summary>
/// TEST DOUBLE of the real sink (helper D's <c>HarvestSink</c>), in memory, until it is merged: keeps each record
/// by its source identifier, decides added / updated / unchanged / deleted as the real one does (an upsert whose
/// mapped record is the same is unchanged), saves <see cref="HarvestPage.NextState"/> into
/// <see cref="HarvestSource.State"/> as the real one saves it in the same transaction, and can be told to fail a
/// page (a crash between pages). Tests using it switch to the real sink at the merge.
/// </summary>
internal sealed class TestHarvestSink : IHarvestSink
{
    private readonly object gate = new();

    public Dictionary<string, Held> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Every page written, in order.</summary>
    public List<HarvestPage> Pages { get; } = [];

    /// <summary>Every item that changed something (added, updated or deleted), in order: what a harvest "brought".</summary>
    public List<(string Change, HarvestItem Item)> Changes { get; } = [];

    /// <summary>Every upsert received, changed or not: an identifier twice here is a record read twice.</summary>
    public List<HarvestUpsert> Upserts { get; } = [];

    /// <summary>When set, the page with this many pages written before it throws instead of being written.</summary>
    public int? FailAtPage { get; set; }

    public IEnumerable<string> Live => Records.Where(r => !r.Value.Withdrawn).Select(r => r.Key).Order(StringComparer.Ordinal);

    public Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        lock (gate)
        {
            if (FailAtPage == Pages.Count) throw new InvalidOperationException("TestHarvestSink: the page fails as the test asked.");
            int added = 0, updated = 0, unchanged = 0, deleted = 0;
            var now = DateTimeOffset.UtcNow;
            foreach (var item in page.Items)
            {
                Records.TryGetValue(item.SourceIdentifier, out var held);
                switch (item)
                {
                    case HarvestUpsert upsert:
                        Upserts.Add(upsert);
                        var content = Content(upsert.Record);
                        if (held is { Withdrawn: false } && held.Content == content) { unchanged++; Records[item.SourceIdentifier] = held with { SeenAt = now }; continue; }
                        if (held is { Withdrawn: false }) updated++; else added++;
                        Changes.Add((held is { Withdrawn: false } ? "updated" : "added", item));
                        Records[item.SourceIdentifier] = new Held(upsert.Record, upsert.SourceVersion, content, now, false);
                        break;
                    case HarvestWithdrawal when held is { Withdrawn: false }:
                        deleted++;
                        Changes.Add(("deleted", item));
                        Records[item.SourceIdentifier] = held with { Withdrawn = true, SeenAt = now };
                        break;
                }
            }
            Pages.Add(page);
            source.State = page.NextState;
            if (page.SourceUpToAt is { } upTo) source.SourceUpToAt = upTo;
            return Task.FromResult(new HarvestPageOutcome(added, updated, unchanged, deleted, 0, []));
        }
    }

    public Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct)
    {
        lock (gate)
        {
            var gone = Records.Where(r => !r.Value.Withdrawn && r.Value.SeenAt < since).Select(r => r.Key).ToList();
            foreach (var id in gone)
            {
                Records[id] = Records[id] with { Withdrawn = true };
                Changes.Add(("deleted", new HarvestWithdrawal(id, "")));
            }
            source.State = nextState;
            return Task.FromResult((long)gone.Count);
        }
    }

    /// <summary>Forgets what the harvests brought so far (the records stay): the next assertions see only the next harvest.</summary>
    public void ClearLog()
    {
        lock (gate)
        {
            Changes.Clear();
            Upserts.Clear();
            Pages.Clear();
        }
    }

    private static string Content(SourceRecord record) => DepotJson.Serialize(record with { Position = 0, Line = null });

    public sealed record Held(SourceRecord Record, string Version, string Content, DateTimeOffset SeenAt, bool Withdrawn);
}
