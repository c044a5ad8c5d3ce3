using Depot.Publishing.Caching;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.OutputCaching;

namespace Depot.Web.Portal;

/// <summary>
/// Brings the public feed and the portal's search tables up to date before a portal page is
/// rendered (cheap when nothing is new), and drops cached public pages when the tables moved
/// (events another process wrote reach this process's cache this way too).
/// </summary>
public sealed class PortalFeed(PublicationProjector projector, PortalIndex index, IOutputCacheStore cache)
{
    /// <summary>The feed position the portal now reflects: part of every portal page's ETag.</summary>
    public async Task<long> EnsureCurrentAsync(CancellationToken ct)
    {
        await projector.CatchUpAsync(ct);
        if (await index.CatchUpAsync(ct) > 0) await cache.EvictFeedAsync(ct);
        return index.Position;
    }
}
