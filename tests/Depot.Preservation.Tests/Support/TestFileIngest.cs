using System.Collections.Concurrent;
using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

// MD5 is asked for as an exchange checksum, not for security.
#pragma warning disable CA5351

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// TEST DOUBLE of helper C's <see cref="IFileIngest"/>, until the real one is merged: hashes the
/// stream (SHA-256 + MD5), refuses a checksum mismatch, recognises a duplicate in the organisation,
/// links by object id or number, and writes a StoredContent + DigitalFile + ingestion event. The
/// bytes are kept in memory for <see cref="TestContentReader"/>. No format identification, no replicas.
/// The integrator replaces it with the real ingest (and removes it).
/// </summary>
public sealed class TestFileIngest(DepotDatabase database, TimeProvider clock) : IFileIngest
{
    public ConcurrentDictionary<string, byte[]> Contents { get; } = new();

    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var md5 = Convert.ToHexStringLower(MD5.HashData(bytes));
        if (request.ExpectedSha256 is { } expected && expected != sha)
            return IngestResult.Refused(new IngestRefusal("checksum-mismatch", $"SHA-256 klopt niet: verwacht {expected}, ontvangen {sha}.",
                $"SHA-256 mismatch: expected {expected}, received {sha}."));
        if (request.ExpectedMd5 is { } expectedMd5 && expectedMd5 != md5)
            return IngestResult.Refused(new IngestRefusal("checksum-mismatch", "MD5 klopt niet.", "MD5 mismatch."));
        await using var db = database.CreateContext();
        if (await db.DigitalFiles.FirstOrDefaultAsync(f => f.OrganisationId == organisationId && f.Sha256 == sha && f.DeletedAt == null, ct) is { } existing)
            return new IngestResult(existing, true, null);
        var objectId = request.ObjectId;
        if (objectId is null && request.ObjectNumber is { } number)
            objectId = await db.Objects.Where(o => o.OrganisationId == organisationId && o.ObjectNumber == number).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        Contents[sha] = bytes;
        if (!await db.StoredContents.AnyAsync(c => c.Sha256 == sha, ct))
            db.StoredContents.Add(new StoredContent { Sha256 = sha, Md5 = md5, ByteLength = bytes.Length, StoredAt = now });
        var file = new DigitalFile
        {
            OrganisationId = organisationId, ObjectId = objectId, FileName = request.FileName, OriginalPath = request.OriginalPath,
            Sha256 = sha, Md5 = md5, ByteLength = bytes.Length, IngestedAt = now, IngestedBy = actor.Name,
            FormatPuid = request.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "x-fmt/111" : "",
            FormatName = request.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "Plain Text File" : "",
            MediaType = request.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain" : "application/octet-stream",
        };
        db.DigitalFiles.Add(file);
        await db.SaveChangesAsync(ct);
        PreservationEventLog.Record(db, file, PreservationEventType.Ingestion, EventOutcome.Success, "Ingested (test double)", actor.Name, now);
        await db.SaveChangesAsync(ct);
        return new IngestResult(file, false, null);
    }
}

/// <summary>TEST DOUBLE of C's <see cref="IContentReader"/>: the bytes <see cref="TestFileIngest"/> kept.</summary>
public sealed class TestContentReader(TestFileIngest ingest) : IContentReader
{
    public Task<Stream> OpenReadAsync(string sha256, CancellationToken ct) =>
        ingest.Contents.TryGetValue(sha256, out var bytes) ? Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)) : throw new FileNotFoundException(sha256);
}
