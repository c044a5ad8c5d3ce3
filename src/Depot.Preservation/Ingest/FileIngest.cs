using Depot.Core.Preservation;
using Depot.Preservation.Characterisation;
using Depot.Preservation.Formats;
using Depot.Preservation.Hashing;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Ingest;

/// <summary>
/// The ingest: one pass over the incoming bytes writes a temporary file and computes SHA-256 (and MD5
/// only when the client sent one to verify: otherwise <see cref="Hashing.Md5Backfill"/> adds it later);
/// then checks (size, checksums, duplicate), identification and metadata from the temporary file, the
/// bytes on every replica, and only then the rows in one transaction. Whatever fails before the commit
/// leaves no row; bytes already on a replica without rows are an orphan that the next ingest of the
/// same bytes re-uses. The temporary file is always removed.
/// </summary>
internal sealed partial class FileIngest(DepotDatabase database, ReplicaSet replicas, PreservationPaths paths, PreservationOptions options,
    IFormatIdentifier formats, IEmbeddedMetadataReader metadata, TimeProvider clock) : IFileIngest
{
    /// <summary>The agent named on events that software performed (digests, identification, replication).</summary>
    public const string Agent = "Depot ingest";

    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        var fileName = Path.GetFileName(request.FileName.Replace('\\', '/')).Trim();
        if (fileName.Length == 0) return IngestResult.Refused(IngestRefusals.NoName());
        var link = await FindObjectAsync(organisationId, request, fileName, ct);
        if (link.Refusal is { } noObject) return IngestResult.Refused(noObject);

        var folder = Directory.CreateDirectory(Path.Combine(paths.WorkDirectory, "ingest")).FullName;
        var temp = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            ContentDigest digest;
            try
            {
                await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
                // MD5 runs at half SHA-256's speed here: on the hot path only to verify the client's.
                digest = await HashingCopy.CopyAsync(content, file, options.MaxFileBytes, ct, md5: Announced(request.ExpectedMd5) is not null);
            }
            catch (ContentTooLargeException)
            {
                return IngestResult.Refused(IngestRefusals.TooLarge(options.MaxFileBytes));
            }
            if (Check(digest, request) is { } refusal) return IngestResult.Refused(refusal);
            if (await FindDuplicateAsync(organisationId, digest.Sha256, ct) is { } existing) return new IngestResult(existing, true, null);

            var (format, embedded) = Characterise(temp, fileName);
            var replicated = await ReplicateAsync(temp, digest, ct);
            var (stored, duplicate) = await RecordAsync(organisationId, request, fileName, link.ObjectId, temp, digest, format, embedded, replicated, actor, ct);
            return new IngestResult(stored, duplicate, null);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static IngestRefusal? Check(ContentDigest digest, IngestRequest request)
    {
        if (digest.Length == 0) return IngestRefusals.Empty();
        if (Announced(request.ExpectedSha256) is { } sha && sha != digest.Sha256) return IngestRefusals.Checksum("SHA-256", sha, digest.Sha256);
        if (Announced(request.ExpectedMd5) is { } md5 && md5 != digest.Md5) return IngestRefusals.Checksum("MD5", md5, digest.Md5);
        return null;
    }

    private static string? Announced(string? checksum) =>
        string.IsNullOrWhiteSpace(checksum) ? null : checksum.Trim().ToLowerInvariant();

    private async Task<DigitalFile?> FindDuplicateAsync(long organisationId, string sha256, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.DigitalFiles.Where(f => f.OrganisationId == organisationId && f.Sha256 == sha256 && f.DeletedAt == null)
            .OrderBy(f => f.Id).FirstOrDefaultAsync(ct);
    }

    private (FormatIdentification Format, EmbeddedMetadata Metadata) Characterise(string temp, string fileName)
    {
        using var read = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        var format = formats.Identify(read, fileName);
        read.Position = 0;
        return (format, metadata.Read(read, fileName));
    }

    /// <summary>Puts the bytes on every store at once; says which stores already held them (an earlier ingest or an orphan).</summary>
    private async Task<IReadOnlyDictionary<string, bool>> ReplicateAsync(string temp, ContentDigest digest, CancellationToken ct)
    {
        var results = await Task.WhenAll(replicas.Stores.Select(async store =>
        {
            var had = await store.ExistsAsync(digest.Sha256, ct);
            if (!had) await PutFromAsync(store, temp, digest, ct);
            return (store.Name, had);
        }));
        return results.ToDictionary(r => r.Name, r => r.had);
    }

    private static async Task PutFromAsync(IReplicaStore store, string temp, ContentDigest digest, CancellationToken ct)
    {
        await using var read = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await store.PutAsync(digest.Sha256, read, digest.Length, ct);
    }
}
