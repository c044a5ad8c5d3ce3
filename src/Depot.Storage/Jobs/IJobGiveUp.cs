namespace Depot.Storage.Jobs;

/// <summary>
/// Told when the queue gives a job of its kind up for good: its last allowed attempt threw, or the
/// process running it died every time. Lets the work's own state say so instead of waiting for ever
/// (a file's derivatives stay "pending" otherwise). Register with <c>services.AddSingleton&lt;IJobGiveUp, …&gt;()</c>.
/// </summary>
public interface IJobGiveUp
{
    /// <summary>The <see cref="BackgroundJob.Kind"/> this reacts to.</summary>
    string Kind { get; }

    /// <summary>The job as given up: <see cref="BackgroundJob.Error"/> holds the last reason.</summary>
    Task GaveUpAsync(BackgroundJob job, CancellationToken ct);
}
