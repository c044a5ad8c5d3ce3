using System.Collections.Concurrent;
using Depot.Storage.Publishing;

namespace Depot.Publishing.Ldes;

/// <summary>One page of a stream: the members after feed position <see cref="After"/>, up to the page size.</summary>
/// <param name="After">The page's key: the position of the previous page's last member (0 for the first page).</param>
/// <param name="FirstAt">The time of its first member: the value of the view's relation to it.</param>
/// <param name="LastAt">The time of its last member: the page leaves the view when this is past the retention window.</param>
/// <param name="LastSequence">The position of its last member: the next page's key.</param>
/// <param name="Full">A full page never changes again.</param>
internal sealed record LdesPageInfo(long After, DateTimeOffset FirstAt, DateTimeOffset LastAt, long LastSequence, bool Full);

/// <summary>
/// The pages of each stream. Page boundaries follow from the feed alone (every page-size-th
/// member of the stream), and a full page never changes, so the boundaries found so far are
/// kept in memory and only the open end is read again: one keyset read of positions per new page.
/// </summary>
internal sealed class LdesPageIndex(PublicationStore store, PublishingOptions options) : IDisposable
{
    private sealed class Pages : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly List<LdesPageInfo> List = [];

        public void Dispose() => Gate.Dispose();
    }

    private readonly ConcurrentDictionary<long, Pages> streams = new();

    public void Dispose()
    {
        foreach (var pages in streams.Values) pages.Dispose();
    }

    public int PageSize => Math.Max(1, options.LdesPageSize);

    /// <summary>Every page of the stream in feed order; the last one may be open (not full).</summary>
    public async Task<IReadOnlyList<LdesPageInfo>> PagesAsync(LdesStream stream, CancellationToken ct)
    {
        var pages = streams.GetOrAdd(stream.OrganisationId ?? 0, _ => new Pages());
        await pages.Gate.WaitAsync(ct);
        try
        {
            var list = pages.List;
            if (list.Count > 0 && !list[^1].Full) list.RemoveAt(list.Count - 1);
            var after = list.Count > 0 ? list[^1].LastSequence : 0;
            while (true)
            {
                var rows = await store.PositionsAsync(stream.OrganisationId, after, PageSize, ct);
                if (rows.Count == 0) break;
                list.Add(new LdesPageInfo(after, rows[0].At, rows[^1].At, rows[^1].Sequence, rows.Count == PageSize));
                if (rows.Count < PageSize) break;
                after = rows[^1].Sequence;
            }
            return [.. list];
        }
        finally
        {
            pages.Gate.Release();
        }
    }
}
