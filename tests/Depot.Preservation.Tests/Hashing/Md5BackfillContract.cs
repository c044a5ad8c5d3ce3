using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Hashing;
using Depot.Preservation.Ingest;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Hashing;

/// <summary>MD5 for exchange on SQLite and PostgreSQL: left out of the ingest's pass, filled in by the background job with its PREMIS event, verified inline when a client sends one.</summary>
public sealed class Md5BackfillContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_background_job_fills_in_the_MD5_of_every_file_of_the_bytes_with_its_event(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var archive = await PreservationWorld.AddOrganisationAsync(w.Database, "archief", Ct);
        var (a, b) = (Bytes.Random(300_000, 1), Bytes.Random(70_000, 2));
        var files = new[]
        {
            (await w.IngestAsync(a, "a.wav", Ct)).File!,
            (await w.IngestAsync(a, "a.wav", Ct, organisationId: archive)).File!,
            (await w.IngestAsync(b, "b.wav", Ct)).File!,
        };
        Assert.All(files, f => Assert.Equal("", f.Md5));

        var batch = await w.Md5.RunBatchAsync("", null, Ct);

        Assert.Equal((2, 0, (string?)null), (batch.Computed, batch.Unreadable, batch.ContinueAfter));
        await using var db = w.Database.CreateContext();
        Assert.Equal(
            new[] { (Sha(a), Md5ForTests.Hex(a)), (Sha(b), Md5ForTests.Hex(b)) }.OrderBy(c => c.Item1),
            (await db.StoredContents.ToListAsync(Ct)).Select(c => (c.Sha256, c.Md5)).OrderBy(c => c.Item1));
        var stored = await db.DigitalFiles.OrderBy(f => f.Id).ToListAsync(Ct);
        Assert.Equal([Md5ForTests.Hex(a), Md5ForTests.Hex(a), Md5ForTests.Hex(b)], stored.Select(f => f.Md5));
        var events = await db.PreservationEvents.Where(e => e.Type == PreservationEventType.MessageDigestCalculation && e.Agent == Md5Backfill.Agent).ToListAsync(Ct);
        Assert.Equal(files.Select(f => f.Id), events.Select(e => e.FileId).Order());
        Assert.All(events, e => Assert.StartsWith($"MD5 {stored.Single(f => f.Id == e.FileId).Md5} (for exchange)", e.Detail, StringComparison.Ordinal));

        // Nothing left: a second batch computes nothing; the same bytes ingested again take the MD5 known.
        Assert.Equal(0, (await w.Md5.RunBatchAsync("", null, Ct)).Computed);
        var later = (await w.IngestAsync(a, "a.wav", Ct, organisationId: await PreservationWorld.AddOrganisationAsync(w.Database, "derde", Ct))).File!;
        Assert.Equal(Md5ForTests.Hex(a), later.Md5);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_client_MD5_is_verified_in_the_ingest_pass_and_kept_at_once(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var bytes = Bytes.Random(40_000, 3);

        var file = (await w.IngestAsync(bytes, "c.bin", Ct, new IngestRequest("c.bin", ExpectedMd5: Md5ForTests.Hex(bytes).ToUpperInvariant()))).File!;

        Assert.Equal(Md5ForTests.Hex(bytes), file.Md5);
        await using var db = w.Database.CreateContext();
        Assert.Equal(Md5ForTests.Hex(bytes), (await db.StoredContents.SingleAsync(Ct)).Md5);
        Assert.Equal($"SHA-256 {Sha(bytes)}; MD5 {Md5ForTests.Hex(bytes)}; matches the MD5 the client sent",
            (await db.PreservationEvents.SingleAsync(e => e.Type == PreservationEventType.MessageDigestCalculation, Ct)).Detail);
        Assert.False(await db.Jobs.AnyAsync(j => j.Kind == PreservationJobs.Md5, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bytes_that_no_longer_hash_right_get_no_MD5(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var file = (await w.IngestAsync(Bytes.Random(9_000, 4), "d.bin", Ct)).File!;
        foreach (var i in new[] { 0, 1 })
            await File.WriteAllBytesAsync(w.Folder(i).PathOf(file.Sha256), Bytes.Random(9_000, 5), Ct);

        var batch = await w.Md5.RunBatchAsync("", null, Ct);

        Assert.Equal((0, 1), (batch.Computed, batch.Unreadable));
        await using var db = w.Database.CreateContext();
        Assert.Equal("", (await db.DigitalFiles.SingleAsync(Ct)).Md5);
        Assert.False(await db.PreservationEvents.AnyAsync(e => e.Agent == Md5Backfill.Agent, Ct));
    }
}
