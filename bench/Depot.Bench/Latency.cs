using System.Diagnostics;

namespace Depot.Bench;

/// <summary>Latency percentiles in milliseconds over a number of timed calls.</summary>
internal sealed record Latency(int Count, double P50, double P95, double P99, string Label = "")
{
    public static async Task<Latency> MeasureAsync(int count, Func<int, Task> call, int warmUp = 10, string label = "")
    {
        for (var i = 0; i < warmUp; i++) await call(-1 - i);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Latency(count, At(samples, 0.50), At(samples, 0.95), At(samples, 0.99), label);
    }

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}

/// <summary>Samples this process's resident memory while work runs, keeping the peak.</summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    // Not disposed: DisposeAsync may run twice (explicit stop, then the using), and the source holds no timer.
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;

    public PeakMemory() => sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            PeakMb = Math.Max(PeakMb, Machine.RssMb(Environment.ProcessId));
            try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
        }
    });

    public double PeakMb { get; private set; }

    public async ValueTask DisposeAsync()
    {
        if (stop.IsCancellationRequested) return;
        await stop.CancelAsync();
        await sampler;
    }
}
