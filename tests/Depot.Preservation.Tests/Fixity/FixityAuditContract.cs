using Depot.Core.Preservation;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Fixity;

/// <summary>The fixity audit on SQLite and PostgreSQL: bit flips and a lost copy in one replica are all found and repaired.</summary>
public sealed class FixityAuditContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bit_flips_and_a_deleted_copy_in_one_replica_are_all_found_and_repaired(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var originals = new List<(DigitalFile File, byte[] Bytes)>();
        for (var i = 0; i < 12; i++)
        {
            var bytes = Bytes.Random(1000 + i * 150_000, 100 + i);
            originals.Add(((await w.IngestAsync(bytes, $"scan-{i}.tif", Ct)).File!, bytes));
        }
        var damaged = w.Folder(1);
        // One flipped bit at the start, the middle and the end of three files; one copy removed.
        foreach (var (index, at) in new[] { (2, 0), (5, -1), (9, int.MaxValue) })
        {
            var path = damaged.PathOf(originals[index].File.Sha256);
            var bytes = await File.ReadAllBytesAsync(path, Ct);
            var offset = at switch { 0 => 0, -1 => bytes.Length / 2, _ => bytes.Length - 1 };
            bytes[offset] ^= 0x10;
            await File.WriteAllBytesAsync(path, bytes, Ct);
        }
        File.Delete(damaged.PathOf(originals[7].File.Sha256));
        var progress = new RecordedProgress();

        var audit = await w.Auditor.RunAsync(null, 1, null, progress, Ct);

        Assert.Equal((12, 24, 4, 4, 0), (audit.ContentsChecked, audit.ReplicasChecked, audit.Failures, audit.Repairs, audit.Unrepairable));
        Assert.NotNull(audit.FinishedAt);
        foreach (var (file, bytes) in originals)
            foreach (var i in new[] { 0, 1 })
                Assert.Equal(bytes, await File.ReadAllBytesAsync(w.Folder(i).PathOf(file.Sha256), Ct));
        Assert.Equal(24, progress.Reports.Last().Done);

        await using var db = w.Database.CreateContext();
        var events = await db.PreservationEvents.Where(e => e.AuditId == audit.Id).ToListAsync(Ct);
        var failed = events.Where(e => e.Type == PreservationEventType.FixityCheck && e.Outcome == EventOutcome.Failure).ToList();
        Assert.Equal(new[] { 2, 5, 7, 9 }.Select(i => originals[i].File.Id).Order(), failed.Select(e => e.FileId).Order());
        Assert.All(failed, e => Assert.Equal("local-b", e.Store));
        Assert.Contains("missing", failed.Single(e => e.FileId == originals[7].File.Id).Detail, StringComparison.Ordinal);
        Assert.Contains("expected " + originals[5].File.Sha256, failed.Single(e => e.FileId == originals[5].File.Id).Detail, StringComparison.Ordinal);
        var repairs = events.Where(e => e.Type == PreservationEventType.Repair).ToList();
        Assert.Equal(failed.Select(e => e.FileId).Order(), repairs.Select(e => e.FileId).Order());
        Assert.All(repairs, e => Assert.Equal((EventOutcome.Success, "local-b"), (e.Outcome, e.Store)));
        Assert.Equal(12, events.Count(e => e.Type == PreservationEventType.FixityCheck && e.Outcome == EventOutcome.Success));
        Assert.All(await db.ContentReplicas.ToListAsync(Ct), r => Assert.Equal(ReplicaState.Present, r.State));

        // A second audit finds nothing wrong any more.
        var again = await w.Auditor.RunAsync(null, 1, null, null, Ct);
        Assert.Equal((24, 0, 0), (again.ReplicasChecked, again.Failures, again.Repairs));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_content_with_no_good_copy_left_is_unrepairable_and_shows_on_the_dashboard(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var file = (await w.IngestAsync(Bytes.Random(5000, 1), "enige.wav", Ct)).File!;
        await w.IngestAsync(Bytes.Random(5000, 2), "ander.wav", Ct);
        File.Delete(w.Folder(0).PathOf(file.Sha256));
        await File.WriteAllBytesAsync(w.Folder(1).PathOf(file.Sha256), Bytes.Random(5000, 3), Ct);

        var audit = await w.Auditor.RunAsync(w.OrganisationId, 1, null, null, Ct);

        Assert.Equal((2, 0, 1), (audit.Failures, audit.Repairs, audit.Unrepairable));
        var overview = await w.Dashboard.GetAsync(w.OrganisationId, 10, Ct);
        Assert.Equal((2L, 2, 1, 1, 0), (overview.FilesKept, overview.CopiesPresent, overview.CopiesMissing, overview.CopiesCorrupt, overview.CopiesNeverChecked));
        var row = Assert.Single(overview.Audits);
        Assert.Equal((audit.Id, false, 2, 0), (row.Id, row.WholeDepot, row.FailuresHere, row.RepairsHere));
        Assert.Equal([("local-a", ReplicaState.Missing), ("local-b", ReplicaState.Corrupt)],
            overview.Problems.OrderBy(p => p.Store).Select(p => (p.Store, p.State)));
        Assert.All(overview.Problems, p => Assert.Equal("enige.wav", p.FileName));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_scheduled_slice_checks_the_least_recently_checked_copies_first(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        for (var i = 0; i < 6; i++) await w.IngestAsync(Bytes.Random(100, i), $"f{i}.bin", Ct);

        var first = await w.Auditor.RunAsync(null, 3, null, null, Ct);
        w.Clock.Advance(TimeSpan.FromDays(3));
        var second = await w.Auditor.RunAsync(null, 3, null, null, Ct);
        w.Clock.Advance(TimeSpan.FromDays(3));
        var third = await w.Auditor.RunAsync(null, 3, null, null, Ct);

        Assert.Equal([4L, 4L, 4L], new[] { first, second, third }.Select(a => a.ReplicasChecked));
        await using var db = w.Database.CreateContext();
        // Every copy was checked exactly once across the three slices.
        var checkedAt = await db.ContentReplicas.Select(r => r.LastCheckedAt).ToListAsync(Ct);
        Assert.Equal(12, checkedAt.Count);
        Assert.Equal(3, checkedAt.Distinct().Count());
        Assert.All(checkedAt.GroupBy(t => t), g => Assert.Equal(4, g.Count()));
    }

    private sealed class RecordedProgress : IJobProgress
    {
        public List<(long Done, long? Total)> Reports { get; } = [];
        public string Result { get; set; } = "";

        public Task ReportAsync(long done, long? total, string message, CancellationToken ct)
        {
            Reports.Add((done, total));
            return Task.CompletedTask;
        }
    }
}
