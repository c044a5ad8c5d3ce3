using Depot.Storage.Publishing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Depot.Publishing.Feed;

/// <summary>Brings the public feed up to date every few seconds, so streams and harvests see edits without waiting for a reader.</summary>
internal sealed class PublicationWorker(PublicationProjector projector, PublishingOptions options, ILogger<PublicationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CatchUpInterval);
        do
        {
            try
            {
                var events = await projector.CatchUpAsync(stoppingToken);
                if (events > 0) log.LogInformation("Published {Events} public change(s)", events);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick retries from the same cursor: nothing was committed half.
                log.LogWarning(e, "Bringing the public feed up to date failed; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
