using System.Diagnostics;

namespace Depot.Preservation.Fixity;

/// <summary>
/// Keeps the audit's read rate, summed over all its workers, under a ceiling, so that the site stays
/// responsive while every copy is re-hashed: a worker that got ahead of the allowed rate sleeps.
/// </summary>
internal sealed class Throttle(int megabytesPerSecond)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly double bytesPerSecond = megabytesPerSecond * 1_000_000d;
    private long bytes;

    public ValueTask PaceAsync(long read, CancellationToken ct)
    {
        if (megabytesPerSecond <= 0) return ValueTask.CompletedTask;
        var total = Interlocked.Add(ref bytes, read);
        var ahead = total / bytesPerSecond - clock.Elapsed.TotalSeconds;
        return ahead > 0.002 ? new ValueTask(Task.Delay(TimeSpan.FromSeconds(ahead), ct)) : ValueTask.CompletedTask;
    }
}
