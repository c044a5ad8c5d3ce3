using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// TEST STAND-IN for helper C's <see cref="IFileIngest"/> (replace with the real one at the merge):
/// hashes the stream into a folder, checks the announced checksums, links by object number, and
/// records the file with two events. No format identification, no replicas.
/// </summary>
public sealed class FolderFileIngestForTests(DepotDatabase database, string folder) : IFileIngest
{
    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        var temp = Path.Combine(folder, "incoming-" + Guid.NewGuid().ToString("N"));
        byte[] bytes;
        await using (var file = File.Create(temp))
        {
            await content.CopyToAsync(file, ct);
        }
        bytes = await File.ReadAllBytesAsync(temp, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var md5 = Md5ForTests.Hex(bytes);
        if ((request.ExpectedSha256 is { } s && s != sha) || (request.ExpectedMd5 is { } m && m != md5))
        {
            File.Delete(temp);
            return IngestResult.Refused(new IngestRefusal("checksum-mismatch", "Checksum klopt niet.", "Checksum does not match."));
        }
        File.Move(temp, Path.Combine(folder, sha), overwrite: true);
        await using var db = database.CreateContext();
        var existing = await db.DigitalFiles.FirstOrDefaultAsync(f => f.OrganisationId == organisationId && f.Sha256 == sha && f.DeletedAt == null, ct);
        if (existing is not null) return new IngestResult(existing, true, null);
        long? objectId = request.ObjectId;
        if (objectId is null && request.ObjectNumber is { } number)
            objectId = await db.Objects.Where(o => o.OrganisationId == organisationId && o.ObjectNumber == number).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
        var recorded = await RecordAsync(database, organisationId, objectId, request.FileName, request.OriginalPath, sha, md5, bytes.LongLength, actor.Name, ct);
        return new IngestResult(recorded, false, null);
    }

    public static async Task<DigitalFile> RecordAsync(DepotDatabase database, long organisationId, long? objectId, string name, string originalPath,
        string sha, string md5, long length, string agent, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var now = DateTimeOffset.UtcNow;
        if (!await db.StoredContents.AnyAsync(c => c.Sha256 == sha, ct))
            db.StoredContents.Add(new StoredContent { Sha256 = sha, Md5 = md5, ByteLength = length, StoredAt = now });
        var file = new DigitalFile
        {
            OrganisationId = organisationId,
            ObjectId = objectId,
            FileName = name,
            OriginalPath = originalPath,
            Sha256 = sha,
            Md5 = md5,
            ByteLength = length,
            MediaType = "image/tiff",
            FormatPuid = "fmt/353",
            FormatName = "Tagged Image File Format",
            IdentificationBasis = "signature",
            IngestedAt = now,
            IngestedBy = agent,
        };
        db.DigitalFiles.Add(file);
        await db.SaveChangesAsync(ct);
        PreservationEventLog.Record(db, file, PreservationEventType.Ingestion, EventOutcome.Success, "ingested " + name, agent, now);
        PreservationEventLog.Record(db, file, PreservationEventType.MessageDigestCalculation, EventOutcome.Success, "SHA-256 " + sha, "Depot ingest", now);
        await db.SaveChangesAsync(ct);
        return file;
/// TEST DOUBLE until helper C's <see cref="IFileIngest"/> is merged: writes the bytes into the
/// folder <see cref="FolderContentReaderForTests"/> reads, under their SHA-256, and records the
/// <see cref="DigitalFile"/> (media type from the image header). No replicas, no PREMIS ingest events.
/// </summary>
public sealed class FolderFileIngestForTests(DepotDatabase database, FolderContentReaderForTests folder) : IFileIngest
{
    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        Directory.CreateDirectory(folder.Folder);
        var temp = Path.Combine(folder.Folder, "." + Guid.NewGuid().ToString("N"));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        try
        {
            await using (var target = File.Create(temp))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                    length += read;
                }
            }
            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            File.Move(temp, Path.Combine(folder.Folder, hash), overwrite: true);
            await using var db = database.CreateContext();
            if (await db.DigitalFiles.FirstOrDefaultAsync(f => f.OrganisationId == organisationId && f.Sha256 == hash, ct) is { } existing)
                return new IngestResult(existing, true, null);
            ImageInfo? info;
            await using (var read = File.OpenRead(Path.Combine(folder.Folder, hash))) info = ImageHeader.Read(read);
            var file = new DigitalFile
            {
                OrganisationId = organisationId,
                ObjectId = request.ObjectId,
                FileName = request.FileName,
                Sha256 = hash,
                Md5 = new string('0', 32),
                ByteLength = length,
                MediaType = info?.MediaType ?? "application/octet-stream",
                Width = info?.Width,
                Height = info?.Height,
                Caption = request.Caption,
                IngestedAt = DateTimeOffset.UtcNow,
                IngestedBy = actor.Name,
            };
            if (!await db.StoredContents.AnyAsync(c => c.Sha256 == hash, ct))
                db.StoredContents.Add(new StoredContent { Sha256 = hash, Md5 = file.Md5, ByteLength = length, StoredAt = DateTimeOffset.UtcNow });
            db.DigitalFiles.Add(file);
            await db.SaveChangesAsync(ct);
            return new IngestResult(file, false, null);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
