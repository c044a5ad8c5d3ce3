using Depot.Core.Network;
using Depot.Storage.Jobs;

namespace Depot.Network.Harvesting;

/// <summary>
/// Harvests one kind of source (LDES, OAI-PMH, file at a URL). Register with
/// <c>services.AddSingleton&lt;IHarvester, …&gt;()</c>; the harvest job picks the one for the source's kind.
/// </summary>
public interface IHarvester
{
    HarvestSourceKind Kind { get; }

    /// <summary>
    /// Harvests from <see cref="HarvestSource.State"/> onward, page by page, handing each page with its
    /// new state to <paramref name="sink"/> (one transaction per page). A page it cannot use — a timeout,
    /// a 500, a malformed document, a redirect loop — throws <see cref="HarvestFailedException"/> naming the
    /// URL; pages before it stay written, and the next run starts from the state they left.
    /// </summary>
    Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct);
}
