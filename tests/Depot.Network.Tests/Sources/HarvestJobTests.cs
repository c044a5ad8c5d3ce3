using System.Text.Json;
using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Sources;

public sealed class HarvestJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_successful_harvest_keeps_its_counts_and_runs_again_after_the_interval(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct, intervalMinutes: 90);
        world.Harvester.Pages.AddRange([["+a", "+b", "+bad-1"], ["+a", "-b", "+c"]]);
        world.Harvester.SourceUpToAt = new DateTimeOffset(2026, 12, 7, 23, 0, 0, TimeSpan.Zero);

        var run = await world.HarvestAsync(source, Ct);

        Assert.Equal((HarvestOutcome.Succeeded, 2, 3L, 1L, 1L, 1L), (run!.Outcome, run.Pages, run.Added, run.Updated, run.Deleted, run.Refused));
        Assert.Equal("bad-1\tGeen objectnummer.\tNo object number.", run.RefusalSample);
        var stored = await world.Store.RunsAsync(world.Ours, source.Id, 10, Ct);
        Assert.Equal((HarvestOutcome.Succeeded, 3L, 2), (stored[0].Outcome, stored[0].Added, stored[0].Pages));
        var after = await world.Store.FindAsync(world.Ours, source.Id, Ct);
        Assert.Equal(HarvestOutcome.Succeeded, after!.LastOutcome);
        Assert.Equal(SourcesWorld.Start, after.LastSucceededAt);
        Assert.Equal(SourcesWorld.Start.AddMinutes(90), after.NextRunAt);
        Assert.Equal(world.Harvester.SourceUpToAt, after.SourceUpToAt);
        Assert.Equal(1, after.Version); // bookkeeping never makes a person's edit stale
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_failing_source_is_retried_later_each_time_flagged_after_three_and_cleared_by_a_success(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct);
        world.Harvester.Pages.Add(["+a"]);
        world.Harvester.FailWith = TestHarvester.Failure("https://collectie.example.be/ldes?page=2");

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var run = await world.HarvestAsync(source, Ct);
            Assert.Equal(HarvestOutcome.Failed, run!.Outcome);
            Assert.Equal(1, run.Pages); // the page before the failure stays counted (and written)
            var failing = (await world.Store.FindAsync(world.Ours, source.Id, Ct))!;
            waits.Add(failing.NextRunAt!.Value - world.Clock.Now);
            Assert.Equal(i + 1, failing.ConsecutiveFailures);
            Assert.Equal(i + 1 >= 3, failing.Flagged);
            Assert.Equal("https://collectie.example.be/ldes?page=2", failing.LastFailingUrl);
            Assert.Contains("HTTP 500", failing.LastError);
            world.Clock.Now = failing.NextRunAt.Value;
        }
        Assert.Equal([5, 10, 20, 40, 60], waits.Select(w => (int)w.TotalMinutes));
        var runs = await world.Store.RunsAsync(world.Ours, source.Id, 10, Ct);
        Assert.Equal("https://collectie.example.be/ldes?page=2", runs[0].FailingUrl);
        Assert.Equal("The source answered HTTP 500 at https://collectie.example.be/ldes?page=2.", runs[0].ErrorEn);

        world.Harvester.FailWith = null;
        await world.HarvestAsync(source, Ct);
        var healthy = (await world.Store.FindAsync(world.Ours, source.Id, Ct))!;
        Assert.Equal((0, false, "", ""), (healthy.ConsecutiveFailures, healthy.Flagged, healthy.LastError, healthy.LastFailingUrl));
        Assert.Equal(world.Clock.Now.AddMinutes(60), healthy.NextRunAt);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_harvest_failure_ends_the_job_normally_so_the_queue_does_not_retry_it(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct);
        world.Harvester.FailWith = TestHarvester.Failure("https://collectie.example.be/ldes");
        var job = await world.Harvests.EnqueueAsync(world.Ours, source.Id, onDemand: true, "An", Ct);
        var progress = new SourcesWorld.Progress();

        await world.Handler.RunAsync(job, progress, Ct); // does not throw

        using var result = JsonDocument.Parse(progress.Result);
        Assert.Equal("Failed", result.RootElement.GetProperty("outcome").GetString());
        var run = await world.Store.FindRunByJobAsync(world.Ours, job.Id, Ct);
        Assert.Equal((HarvestOutcome.Failed, true, "An"), (run!.Outcome, run.OnDemand, run.StartedBy));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_job_of_another_organisation_cannot_harvest_the_source(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct);
        world.Harvester.Pages.Add(["+a"]);
        var job = await world.Jobs.EnqueueAsync(NetworkJobs.Harvest, world.Theirs, new HarvestJobPayload(source.Id, true, "X").ToJson(), Ct);
        var progress = new SourcesWorld.Progress();

        await world.Handler.RunAsync(job, progress, Ct);

        Assert.Contains("SourceRemoved", progress.Result);
        Assert.Equal(0, world.Harvester.Harvests);
        Assert.Empty(await world.Store.RunsAsync(world.Ours, source.Id, 10, Ct));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_schedule_queues_due_enabled_sources_once(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var due = await world.AddLdesAsync(world.Ours, "Vandaag", Ct);
        var theirs = await world.AddLdesAsync(world.Theirs, "Ook vandaag", Ct);
        var off = await world.AddLdesAsync(world.Ours, "Uit", Ct);
        await world.Store.SetEnabledAsync(world.Ours, off.Id, 1, false, Ct);
        var later = await world.AddLdesAsync(world.Ours, "Later", Ct);
        world.Harvester.Pages.Add(["+a"]);
        await world.HarvestAsync(later, Ct); // next run in an hour

        Assert.Equal([due.Id, theirs.Id], (await world.Scheduler.EnqueueDueAsync(Ct)).Order());
        Assert.Empty(await world.Scheduler.EnqueueDueAsync(Ct)); // already queued
        await using (var db = world.Database.CreateContext())
        {
            var jobs = await db.Jobs.Where(j => j.Kind == NetworkJobs.Harvest).ToListAsync(Ct);
            Assert.Equal(2, jobs.Count);
            Assert.Equal(world.Theirs, jobs.Single(j => HarvestJobPayload.Parse(j.Payload)!.SourceId == theirs.Id).OrganisationId);
        }
        world.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal([later.Id], await world.Scheduler.EnqueueDueAsync(Ct));
    }

    [Fact]
    public void Backoff_doubles_from_the_base_and_stops_at_the_maximum()
    {
        var options = new NetworkOptions { RetryBase = TimeSpan.FromMinutes(5), RetryMaximum = TimeSpan.FromHours(24) };
        Assert.Equal([5, 10, 20, 40, 80], Enumerable.Range(1, 5).Select(n => (int)HarvestBackoff.Delay(options, n).TotalMinutes));
        Assert.Equal(TimeSpan.FromHours(24), HarvestBackoff.Delay(options, 200));
    }
}
