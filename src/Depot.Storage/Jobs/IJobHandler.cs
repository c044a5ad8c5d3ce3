namespace Depot.Storage.Jobs;

/// <summary>Runs one kind of background job. Register with <c>services.AddSingleton&lt;IJobHandler, …&gt;()</c>.</summary>
public interface IJobHandler
{
    /// <summary>The <see cref="BackgroundJob.Kind"/> this handler runs, e.g. <c>search.reindex</c>.</summary>
    string Kind { get; }

    /// <summary>Does the work; an exception fails this attempt (the queue retries a few times).</summary>
    Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct);
}

/// <summary>What a running job tells the people waiting for it; each report also renews the lease.</summary>
public interface IJobProgress
{
    Task ReportAsync(long done, long? total, string message, CancellationToken ct);

    /// <summary>The outcome kept with the job once it succeeds (<see cref="BackgroundJob.Result"/>), e.g. JSON a waiting page reads back.</summary>
    string Result { get; set; }
}
