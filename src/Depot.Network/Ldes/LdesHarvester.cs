using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Storage.Jobs;

namespace Depot.Network.Ldes;

/// <summary>
/// Harvests a Linked Data Event Stream: from the stream (or view) URL it follows <c>tree:view</c> and
/// <c>tree:relation</c>/<c>tree:node</c> in document order. An immutable page already processed is never
/// fetched again (its remembered links are still followed); a mutable page is fetched each run and only
/// its members not handed on before go to the sink. Each page goes to the sink with the client state
/// that includes it, so a harvest that stops at a broken page resumes after the last good one with no duplicates.
/// </summary>
internal sealed class LdesHarvester(HarvestHttp http) : IHarvester
{
    public HarvestSourceKind Kind => HarvestSourceKind.Ldes;

    public async Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct)
    {
        var state = LdesClientState.Parse(source.Url, source.State);
        var queue = new Queue<string>([source.Url]);
        var queued = new HashSet<string>(StringComparer.Ordinal) { source.Url };
        long position = 0, added = 0, updated = 0, deleted = 0, pages = 0;
        void Enqueue(IEnumerable<string> links)
        {
            foreach (var link in links)
                if (queued.Add(link)) queue.Enqueue(link);
        }

        while (queue.TryDequeue(out var url))
        {
            ct.ThrowIfCancellationRequested();
            if (state.IsDone(url))
            {
                Enqueue(state.LinksOf(url));
                continue;
            }
            var page = await LdesPage.FetchAsync(http, url, ct);
            Enqueue(page.Links);
            var fresh = page.Members.Where(m => !state.WasSeen(url, m.Value)).ToList();
            var items = new List<HarvestItem>(fresh.Count);
            DateTimeOffset? upTo = null;
            foreach (var member in fresh)
            {
                items.Add(LdesMemberItems.ToItem(page, member, ++position));
                if (LdesMemberItems.Time(page, member) is { } at && (upTo is null || at > upTo)) upTo = at;
            }
            if (page.Immutable) state.MarkDone(url, page.Links);
            else if (fresh.Count > 0) state.MarkSeen(url, fresh.Select(m => m.Value));
            else continue; // A mutable page with nothing new: nothing to write, the state is as it was.

            var outcome = await sink.WriteAsync(source, new HarvestPage(url, items, state.ToJson(), upTo), ct);
            added += outcome.Added;
            updated += outcome.Updated;
            deleted += outcome.Deleted;
            pages++;
            await progress.ReportAsync(pages, null,
                $"{pages} pagina's, {added} nieuw, {updated} gewijzigd, {deleted} verwijderd · {pages} pages, {added} added, {updated} updated, {deleted} deleted", ct);
        }
    }
}
