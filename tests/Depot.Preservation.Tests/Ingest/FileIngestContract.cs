using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Ingest;

/// <summary>The ingest on SQLite and PostgreSQL: one pass, checks, duplicates, linking, replicas, rows and events together or not at all.</summary>
public sealed class FileIngestContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Ingest_puts_the_bytes_on_every_replica_and_records_the_file_with_its_events(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var objectId = await w.AddObjectAsync("2024.001.3", Ct);
        var png = Bytes.Png(320, 200, "voorzijde");

        var result = await w.IngestAsync(png, "scans/2024.001.3_front.png", Ct, new IngestRequest("scans/2024.001.3_front.png", ExpectedSha256: Sha(png).ToUpperInvariant(), Caption: "Voorzijde"));

        var file = Assert.IsType<DigitalFile>(result.File);
        Assert.Null(result.Refusal);
        Assert.False(result.Duplicate);
        // MD5 is not on the hot path: a background job fills it in (see Md5BackfillContract).
        Assert.Equal((Sha(png), "", (long)png.Length), (file.Sha256, file.Md5, file.ByteLength));
        Assert.Equal(("2024.001.3_front.png", objectId, "image/png", "fmt/11", 320, 200, "Voorzijde"),
            (file.FileName, file.ObjectId, file.MediaType, file.FormatPuid, file.Width, file.Height, file.Caption));
        Assert.Equal(DerivativeState.Pending, file.Derivatives);
        Assert.Contains("PNG-IHDR", file.EmbeddedMetadata, StringComparison.Ordinal);
        foreach (var i in new[] { 0, 1 })
            Assert.Equal(png, await File.ReadAllBytesAsync(w.Folder(i).PathOf(file.Sha256), Ct));

        await using var db = w.Database.CreateContext();
        var events = await db.PreservationEvents.Where(e => e.FileId == file.Id).ToListAsync(Ct);
        Assert.Equal(
            [PreservationEventType.Ingestion, PreservationEventType.MessageDigestCalculation, PreservationEventType.FormatIdentification,
             PreservationEventType.MetadataExtraction, PreservationEventType.Replication, PreservationEventType.Replication],
            events.OrderBy(e => e.Id).Select(e => e.Type));
        Assert.Equal(["local-a", "local-b"], events.Where(e => e.Type == PreservationEventType.Replication).Select(e => e.Store).Order());
        Assert.Equal($"SHA-256 {Sha(png)}; matches the SHA-256 the client sent; MD5 (for exchange) follows from a background job",
            events.Single(e => e.Type == PreservationEventType.MessageDigestCalculation).Detail);
        Assert.Equal(["local-a", "local-b"], await db.ContentReplicas.Where(r => r.Sha256 == file.Sha256 && r.State == ReplicaState.Present).Select(r => r.Store).OrderBy(s => s).ToListAsync(Ct));
        Assert.Equal(png.Length, (await db.StoredContents.SingleAsync(c => c.Sha256 == file.Sha256, Ct)).ByteLength);
        var job = await db.Jobs.SingleAsync(j => j.Kind == PreservationJobs.Derivatives, Ct);
        Assert.Equal((JobState.Queued, w.OrganisationId, $"{{\"fileId\":{file.Id}}}"), (job.State, job.OrganisationId, job.Payload));
        Assert.Equal(JobState.Queued, (await db.Jobs.SingleAsync(j => j.Kind == PreservationJobs.Md5, Ct)).State);
        Assert.Empty(w.WorkFiles());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_same_bytes_again_in_the_organisation_return_the_existing_file(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var bytes = Bytes.Random(50_000, 1);
        var first = await w.IngestAsync(bytes, "brief.pdf", Ct);

        var again = await w.IngestAsync(bytes, "brief-kopie.pdf", Ct);
        var elsewhere = await w.IngestAsync(bytes, "brief.pdf", Ct, organisationId: await PreservationWorld.AddOrganisationAsync(w.Database, "archief", Ct));

        Assert.True(again.Duplicate);
        Assert.Equal(first.File!.Id, again.File!.Id);
        Assert.False(elsewhere.Duplicate);
        Assert.NotEqual(first.File.Id, elsewhere.File!.Id);
        await using var db = w.Database.CreateContext();
        Assert.Equal(2, await db.DigitalFiles.CountAsync(Ct));
        Assert.Equal(1, await db.StoredContents.CountAsync(Ct));
        Assert.Equal(DerivativeState.NotApplicable, first.File.Derivatives);
        // No derivatives for a PDF; one MD5 job for all files still without one.
        Assert.Equal([PreservationJobs.Md5], await db.Jobs.Select(j => j.Kind).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Refused_files_leave_no_row_no_copy_and_no_temporary_file(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct, o => o.MaxFileBytes = 2_000_000);
        var bytes = Bytes.Random(10_000, 2);

        var wrongSha = await w.IngestAsync(bytes, "a.bin", Ct, new IngestRequest("a.bin", ExpectedSha256: new string('0', 64)));
        var wrongMd5 = await w.IngestAsync(bytes, "a.bin", Ct, new IngestRequest("a.bin", ExpectedMd5: new string('f', 32)));
        var empty = await w.IngestAsync([], "leeg.txt", Ct);
        var large = await w.IngestAsync(Bytes.Random(3_000_000, 3), "groot.bin", Ct);
        var noObject = await w.IngestAsync(bytes, "a.bin", Ct, new IngestRequest("a.bin", ObjectNumber: "9999.1"));

        Assert.Equal([IngestRefusals.ChecksumCode, IngestRefusals.ChecksumCode, IngestRefusals.EmptyCode, IngestRefusals.TooLargeCode, IngestRefusals.ObjectCode],
            new[] { wrongSha, wrongMd5, empty, large, noObject }.Select(r => r.Refusal!.Code));
        Assert.Contains(new string('0', 64), wrongSha.Refusal!.MessageNl, StringComparison.Ordinal);
        Assert.Contains(Sha(bytes), wrongSha.Refusal.MessageEn, StringComparison.Ordinal);
        Assert.All(new[] { wrongSha, wrongMd5, empty, large, noObject }, r => Assert.Null(r.File));
        await AssertNothingKeptAsync(w);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Truncated_upload_never_becomes_a_file(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var cut = new CutStream(Bytes.Random(5_000_000, 4), cutAt: 3_000_000);

        await Assert.ThrowsAsync<IOException>(() => w.Ingest.IngestAsync(w.OrganisationId, new IngestRequest("groot.tif"), cut, w.Registrar, Ct));

        await AssertNothingKeptAsync(w);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bytes_left_on_a_replica_by_a_crash_before_the_commit_are_reused(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var bytes = Bytes.Random(20_000, 5);
        // A crash between writing the replicas and committing the rows leaves an orphan copy.
        await w.Folder(0).PutAsync(Sha(bytes), new MemoryStream(bytes), bytes.Length, Ct);

        var result = await w.IngestAsync(bytes, "na-crash.bin", Ct);

        Assert.NotNull(result.File);
        await using var db = w.Database.CreateContext();
        var replication = await db.PreservationEvents.Where(e => e.Type == PreservationEventType.Replication).OrderBy(e => e.Store).Select(e => e.Detail).ToListAsync(Ct);
        Assert.Equal(["Copy already held on replica local-a", "Copy written to replica local-b"], replication);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(w.Folder(1).PathOf(Sha(bytes)), Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_object_is_found_by_id_by_number_or_in_the_file_name(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var short_ = await w.AddObjectAsync("2024.001", Ct);
        var long_ = await w.AddObjectAsync("2024.001.3", Ct);
        var other = await PreservationWorld.AddOrganisationAsync(w.Database, "ander-museum", Ct);
        var foreign = await w.AddObjectAsync("2024.002", Ct, other);

        var byName = await w.IngestAsync(Bytes.Random(100, 10), "2024.001.3-verso.jpg", Ct);
        var shorter = await w.IngestAsync(Bytes.Random(100, 11), "2024.001_detail.jpg", Ct);
        var none = await w.IngestAsync(Bytes.Random(100, 12), "2024.0013.jpg", Ct);
        var byNumber = await w.IngestAsync(Bytes.Random(100, 13), "x.jpg", Ct, new IngestRequest("x.jpg", ObjectNumber: "2024.001"));
        var byId = await w.IngestAsync(Bytes.Random(100, 14), "2024.001.jpg", Ct, new IngestRequest("2024.001.jpg", ObjectId: long_));
        var notOurs = await w.IngestAsync(Bytes.Random(100, 15), "x.jpg", Ct, new IngestRequest("x.jpg", ObjectId: foreign));
        var otherOrgName = await w.IngestAsync(Bytes.Random(100, 16), "2024.002_a.jpg", Ct);

        Assert.Equal([long_, short_, null, short_, long_], new[] { byName, shorter, none, byNumber, byId }.Select(r => r.File!.ObjectId));
        Assert.Equal(IngestRefusals.ObjectCode, notOurs.Refusal!.Code);
        Assert.Null(otherOrgName.File!.ObjectId);
    }

    private static async Task AssertNothingKeptAsync(PreservationWorld w)
    {
        await using var db = w.Database.CreateContext();
        Assert.False(await db.DigitalFiles.AnyAsync(Ct));
        Assert.False(await db.StoredContents.AnyAsync(Ct));
        Assert.False(await db.PreservationEvents.AnyAsync(Ct));
        Assert.Empty(w.WorkFiles());
        foreach (var i in new[] { 0, 1 })
            Assert.True(!Directory.Exists(w.Folder(i).Root) || Directory.GetFiles(w.Folder(i).Root, "*", SearchOption.AllDirectories).Length == 0);
    }

    /// <summary>A client that disconnects: the bytes stop with an error part way.</summary>
    private sealed class CutStream(byte[] bytes, int cutAt) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= cutAt ? throw new IOException("The client closed the connection.") : base.ReadAsync(buffer[..Math.Min(buffer.Length, 65536)], cancellationToken);
    }
}
