using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Web.Hosting;
using Depot.Web.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Depot.Cli.Tests.Jobs;

public sealed class JobWorkerTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_runs_jobs_with_progress_retries_a_failing_one_and_leaves_other_kinds_alone()
    {
        var database = await TestDatabases.CreateAsync(DatabaseEngine.Sqlite, Ct);
        var queue = new JobQueue(database, TimeProvider.System);
        var counting = await queue.EnqueueAsync(CountingHandler.Name, 1, "{}", Ct);
        var failing = await queue.EnqueueAsync(FailingHandler.Name, 1, "{}", Ct);
        var foreign = await queue.EnqueueAsync("nobody.handles.this", 1, "{}", Ct);
        var worker = new JobWorker(queue, [new CountingHandler(), new FailingHandler()],
            Options.Create(new JobOptions { PollInterval = TimeSpan.FromMilliseconds(50), Lease = TimeSpan.FromSeconds(5) }),
            new DepotHostOptions { InstanceName = "test-worker" }, NullLogger<JobWorker>.Instance);

        await worker.StartAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        BackgroundJob done, failed;
        while (true)
        {
            done = (await queue.FindAsync(counting.Id, Ct))!;
            failed = (await queue.FindAsync(failing.Id, Ct))!;
            if ((done.State == JobState.Succeeded && failed.State == JobState.Failed) || DateTime.UtcNow > deadline) break;
            await Task.Delay(50, Ct);
        }
        await worker.StopAsync(Ct);

        Assert.Equal((JobState.Succeeded, 3L, 3L, "3 of 3", "test-worker"), (done.State, done.Progress, done.Total, done.Message, done.ClaimedBy));
        Assert.Equal((JobState.Failed, JobQueue.MaxAttempts, "the payload is broken"), (failed.State, failed.Attempts, failed.Error));
        Assert.Equal(JobState.Queued, (await queue.FindAsync(foreign.Id, Ct))!.State);
    }

    private sealed class CountingHandler : IJobHandler
    {
        public const string Name = "test.count";

        public string Kind => Name;

        public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
        {
            for (var i = 1; i <= 3; i++) await progress.ReportAsync(i, 3, $"{i} of 3", ct);
        }
    }

    private sealed class FailingHandler : IJobHandler
    {
        public const string Name = "test.fail";

        public string Kind => Name;

        public Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct) =>
            throw new InvalidOperationException("the payload is broken");
    }
}
