using Depot.Core.Preservation;
using Depot.Preservation.Derivatives;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Derivatives;

/// <summary>A derivatives job the queue gives up on leaves the file Failed with the reason, never Pending for ever (SQLite and PostgreSQL).</summary>
public sealed class DerivativesGiveUpContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_derivatives_job_whose_process_dies_three_times_marks_the_file_failed_with_the_reason(DatabaseEngine engine)
    {
        var (w, queue, file) = await PendingImageAsync(engine);
        for (var attempt = 1; attempt <= JobQueue.MaxAttempts; attempt++)
        {
            // Claimed, then the process dies (libvips crashing on the image): the lease runs out.
            Assert.NotNull(await queue.ClaimAsync($"server-{attempt}", [PreservationJobs.Derivatives], Lease, Ct));
            w.Clock.Advance(Lease * 2);
        }
        Assert.Equal(DerivativeState.Pending, (await FileAsync(w, file.Id)).Derivatives);

        Assert.Null(await queue.ClaimAsync("server-4", [PreservationJobs.Derivatives], Lease, Ct));

        var failed = await FileAsync(w, file.Id);
        Assert.Equal(DerivativeState.Failed, failed.Derivatives);
        Assert.Contains("stopped 3 times", failed.DerivativeError, StringComparison.Ordinal);
        Assert.StartsWith("Opgegeven na 3 pogingen", failed.DerivativeError, StringComparison.Ordinal);
        await using var db = w.Database.CreateContext();
        var e = await db.PreservationEvents.SingleAsync(e => e.FileId == file.Id && e.Type == PreservationEventType.DerivativeCreation, Ct);
        Assert.Equal((EventOutcome.Failure, DerivativesHandler.Agent), (e.Outcome, e.Agent));
        Assert.Contains("given up after 3 attempts", e.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_derivatives_job_that_throws_on_every_attempt_marks_the_file_failed_with_its_error(DatabaseEngine engine)
    {
        var (w, queue, file) = await PendingImageAsync(engine);
        for (var attempt = 1; attempt <= JobQueue.MaxAttempts; attempt++)
        {
            var job = await queue.ClaimAsync("server", [PreservationJobs.Derivatives], Lease, Ct);
            Assert.True(await queue.FailAsync(job!.Id, "server", $"vips_tiffsave: out of memory ({attempt})", Ct));
            Assert.Equal(attempt < JobQueue.MaxAttempts ? DerivativeState.Pending : DerivativeState.Failed, (await FileAsync(w, file.Id)).Derivatives);
        }

        Assert.EndsWith("Given up after 3 attempts: vips_tiffsave: out of memory (3)", (await FileAsync(w, file.Id)).DerivativeError, StringComparison.Ordinal);
    }

    private static async Task<(PreservationWorld World, JobQueue Queue, DigitalFile File)> PendingImageAsync(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var file = (await w.IngestAsync(Bytes.Png(64, 48, "kapot"), "kapot.png", Ct)).File!;
        Assert.Equal(DerivativeState.Pending, file.Derivatives);
        return (w, new JobQueue(w.Database, w.Clock, [new DerivativesGiveUp(w.Database, w.Clock)]), file);
    }

    private static async Task<DigitalFile> FileAsync(PreservationWorld w, long id)
    {
        await using var db = w.Database.CreateContext();
        return await db.DigitalFiles.SingleAsync(f => f.Id == id, Ct);
    }
}
