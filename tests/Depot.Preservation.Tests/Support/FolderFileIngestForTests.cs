using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Support;

/// <summary>
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
