using System.Text.Json;
using Depot.Storage.Jobs;

namespace Depot.Preservation.Hashing;

/// <summary>
/// Runs <see cref="PreservationJobs.Md5"/> (<c>{"after": "…"}</c>, optional): one batch of missing MD5s,
/// then, when more are left, a new job for the rest behind whatever else was queued meanwhile: the
/// queue takes jobs in order, so this keeps MD5 work from holding up derivatives and packages.
/// </summary>
internal sealed class Md5Handler(Md5Backfill backfill, JobQueue queue) : IJobHandler
{
    public string Kind => PreservationJobs.Md5;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var after = JsonSerializer.Deserialize<Payload>(job.Payload, JsonSerializerOptions.Web)?.After ?? "";
        var result = await backfill.RunBatchAsync(after, progress, ct);
        if (result.ContinueAfter is { } next)
            await queue.EnqueueAsync(PreservationJobs.Md5, null, JsonSerializer.Serialize(new Payload(next), JsonSerializerOptions.Web), ct);
        progress.Result = JsonSerializer.Serialize(new { computed = result.Computed, unreadable = result.Unreadable, continued = result.ContinueAfter is not null }, JsonSerializerOptions.Web);
    }

    private sealed record Payload(string? After);
}
