using System.Security.Cryptography;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

// MD5 is asked for as an exchange checksum, not for security.
#pragma warning disable CA5351

namespace Depot.Cli.Tests.Ingest;

/// <summary>
/// TEST DOUBLE of helper C's <see cref="IFileIngest"/> until the real one is merged: hashes the stream,
/// recognises duplicates in the organisation, links by object number, refuses files named <c>*.refuse</c>,
/// writes StoredContent + DigitalFile rows. The integrator switches these tests to the real ingest.
/// </summary>
internal sealed class CliTestFileIngest(DepotDatabase database) : IFileIngest
{
    /// <summary>Cancels the run after this many files (a Ctrl+C in the middle of a folder).</summary>
    public int? CancelAfter { get; init; }
    public CancellationTokenSource? Cancel { get; init; }
    private int seen;

    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        if (++seen > CancelAfter) { await Cancel!.CancelAsync(); ct.ThrowIfCancellationRequested(); }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            md5.AppendData(buffer, 0, read);
            length += read;
        }
        if (request.FileName.EndsWith(".refuse", StringComparison.Ordinal))
            return IngestResult.Refused(new IngestRefusal("test", "Testweigering.", "Test refusal."));
        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        await using var db = database.CreateContext();
        if (await db.DigitalFiles.FirstOrDefaultAsync(f => f.OrganisationId == organisationId && f.Sha256 == hash, ct) is { } existing)
            return new IngestResult(existing, true, null);
        long? objectId = request.ObjectNumber is { } number
            ? await db.Objects.Where(o => o.OrganisationId == organisationId && o.ObjectNumber == number).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct)
            : null;
        if (!await db.StoredContents.AnyAsync(c => c.Sha256 == hash, ct))
            db.StoredContents.Add(new StoredContent { Sha256 = hash, Md5 = Convert.ToHexStringLower(md5.GetHashAndReset()), ByteLength = length, StoredAt = DateTimeOffset.UtcNow });
        var file = new DigitalFile
        {
            OrganisationId = organisationId, ObjectId = objectId, FileName = request.FileName, OriginalPath = request.OriginalPath,
            Sha256 = hash, ByteLength = length, IngestedAt = DateTimeOffset.UtcNow, IngestedBy = actor.Name,
        };
        db.DigitalFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return new IngestResult(file, false, null);
    }
}
