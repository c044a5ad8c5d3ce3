using System.Collections.Concurrent;
using Depot.Storage.Database;
using Depot.Storage.Jobs;

namespace Depot.Cli.Tests.Jobs;

public sealed class JobQueueTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private static readonly string[] Kinds = ["test.work"];
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_claimers_take_every_job_exactly_once(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var queue = new JobQueue(database, TimeProvider.System);
        for (var i = 0; i < 50; i++) await queue.EnqueueAsync("test.work", null, $"{{\"n\":{i}}}", Ct);
        await queue.EnqueueAsync("other.kind", null, "{}", Ct);
        var claims = new ConcurrentBag<(long Id, string Worker)>();

        // Four workers, each with its own DepotDatabase (its own connections), as separate processes would have.
        // Each holds its first job until the others have one too (or a few seconds pass): on a busy machine one
        // worker could otherwise drain the queue before the others start, and the claims would never overlap.
        using var everyoneHasOne = new CountdownEvent(4);
        await Task.WhenAll(Enumerable.Range(1, 4).Select(w => Task.Run(async () =>
        {
            var own = new JobQueue(new DepotDatabase(database.Target), TimeProvider.System);
            var worker = $"worker-{w}";
            var first = true;
            while (await own.ClaimAsync(worker, Kinds, Lease, Ct) is { } job)
            {
                claims.Add((job.Id, worker));
                if (first)
                {
                    first = false;
                    everyoneHasOne.Signal();
                    everyoneHasOne.Wait(TimeSpan.FromSeconds(10), Ct);
                }
                Assert.True(await own.ReportAsync(job.Id, worker, 1, 1, "done", Lease, Ct));
                Assert.True(await own.SucceedAsync(job.Id, worker, "ok", Ct));
            }
        }, Ct)));

        Assert.Equal(50, claims.Count);
        Assert.Equal(50, claims.Select(c => c.Id).Distinct().Count());
        var jobs = await Task.WhenAll(claims.Select(c => queue.FindAsync(c.Id, Ct)));
        Assert.All(jobs, j =>
        {
            Assert.Equal(JobState.Succeeded, j!.State);
            Assert.Equal(1, j.Attempts);
            Assert.Equal(claims.Single(c => c.Id == j.Id).Worker, j.ClaimedBy);
            Assert.Equal("test.work", j.Kind);
        });
        Assert.True(claims.Select(c => c.Worker).Distinct().Count() > 1, "more than one worker got work");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Expired_lease_is_taken_over_and_the_old_holder_loses_the_job(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var now = new MovableClock();
        var queue = new JobQueue(database, now);
        var enqueued = await queue.EnqueueAsync("test.work", 7, "{}", Ct);

        var first = await queue.ClaimAsync("dead-process", Kinds, TimeSpan.FromSeconds(30), Ct);
        var whileHeld = await queue.ClaimAsync("other-process", Kinds, Lease, Ct);
        now.Advance(TimeSpan.FromSeconds(31));
        var takenOver = await queue.ClaimAsync("other-process", Kinds, Lease, Ct);

        Assert.Equal(enqueued.Id, first!.Id);
        Assert.Null(whileHeld);
        Assert.Equal(enqueued.Id, takenOver!.Id);
        Assert.Equal("other-process", takenOver.ClaimedBy);
        Assert.Equal(2, takenOver.Attempts);
        Assert.False(await queue.RenewAsync(enqueued.Id, "dead-process", Lease, Ct));
        Assert.False(await queue.SucceedAsync(enqueued.Id, "dead-process", "", Ct));
        Assert.True(await queue.SucceedAsync(enqueued.Id, "other-process", "", Ct));
        Assert.Equal(JobState.Succeeded, (await queue.FindAsync(enqueued.Id, Ct))!.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Failed_job_is_retried_until_max_attempts_then_stays_failed(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var queue = new JobQueue(database, TimeProvider.System);
        var job = await queue.EnqueueAsync("test.work", null, "{}", Ct);

        for (var attempt = 1; attempt <= JobQueue.MaxAttempts; attempt++)
        {
            var claimed = await queue.ClaimAsync("w", Kinds, Lease, Ct);
            Assert.Equal(attempt, claimed!.Attempts);
            await queue.FailAsync(job.Id, "w", $"boom {attempt}", Ct);
        }
        var after = await queue.FindAsync(job.Id, Ct);

        Assert.Equal(JobState.Failed, after!.State);
        Assert.Equal($"boom {JobQueue.MaxAttempts}", after.Error);
        Assert.NotNull(after.FinishedAt);
        Assert.Null(await queue.ClaimAsync("w", Kinds, Lease, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Job_whose_worker_dies_on_every_attempt_is_given_up(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var now = new MovableClock();
        var queue = new JobQueue(database, now);
        var job = await queue.EnqueueAsync("test.work", null, "{}", Ct);

        for (var attempt = 1; attempt <= JobQueue.MaxAttempts; attempt++)
        {
            Assert.NotNull(await queue.ClaimAsync($"w{attempt}", Kinds, TimeSpan.FromSeconds(10), Ct));
            now.Advance(TimeSpan.FromSeconds(11));
        }
        var afterLast = await queue.ClaimAsync("w-last", Kinds, Lease, Ct);

        Assert.Null(afterLast);
        var state = await queue.FindAsync(job.Id, Ct);
        Assert.Equal(JobState.Failed, state!.State);
        Assert.Contains("given up", state.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Released_job_goes_back_to_the_queue_without_using_up_an_attempt(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var queue = new JobQueue(database, TimeProvider.System);
        var job = await queue.EnqueueAsync("test.work", null, "{}", Ct);

        await queue.ClaimAsync("stopping", Kinds, Lease, Ct);
        Assert.True(await queue.ReleaseAsync(job.Id, "stopping", Ct));
        var again = await queue.ClaimAsync("next", Kinds, Lease, Ct);

        Assert.Equal((job.Id, 1, "next"), (again!.Id, again.Attempts, again.ClaimedBy));
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
