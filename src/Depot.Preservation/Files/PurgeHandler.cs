using System.Text.Json;
using Depot.Storage.Jobs;

namespace Depot.Preservation.Files;

/// <summary>Runs <c>preservation.purge</c> (queued daily by <see cref="PurgeScheduler"/>).</summary>
internal sealed class PurgeHandler(Purge purge) : IJobHandler
{
    public string Kind => PreservationJobs.Purge;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var (files, contents, uploads) = await purge.RunAsync((message, c) => progress.ReportAsync(0, null, message, c), ct);
        progress.Result = JsonSerializer.Serialize(new { files, contents, uploads }, JsonSerializerOptions.Web);
    }
}
