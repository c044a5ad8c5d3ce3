using System.Globalization;
using System.Text.Json;
using Depot.Core.Preservation;
using Depot.Preservation.Characterisation;
using Depot.Preservation.Formats;
using Depot.Preservation.Hashing;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Preservation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Ingest;

/// <summary>The rows of an ingest, all in one transaction: content, copies, file, events, derivatives job.</summary>
internal sealed partial class FileIngest
{
    /// <summary>The image types libvips reads for derivatives; anything else gets none.</summary>
    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
        { "image/jpeg", "image/png", "image/tiff", "image/webp", "image/jp2", "image/gif" };

    private async Task<(DigitalFile File, bool Duplicate)> RecordAsync(long organisationId, IngestRequest request, string fileName, long? objectId,
        string temp, ContentDigest digest, FormatIdentification format, EmbeddedMetadata embedded, IReadOnlyDictionary<string, bool> had,
        Actor actor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = database.CreateContext();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                // Lock the content's row first: a purge takes the same lock before it removes bytes, so it
                // either finished (PurgedAt set: the bytes go back below) or waits and then sees this file.
                var locked = await db.StoredContents.Where(c => c.Sha256 == digest.Sha256)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Md5, c => c.Md5), ct);
                if (await db.DigitalFiles.Where(f => f.OrganisationId == organisationId && f.Sha256 == digest.Sha256 && f.DeletedAt == null)
                        .OrderBy(f => f.Id).FirstOrDefaultAsync(ct) is { } same)
                    return (same, true);
                var now = clock.GetUtcNow();
                var content = locked == 1 ? await db.StoredContents.AsTracking().SingleAsync(c => c.Sha256 == digest.Sha256, ct) : null;
                if (content is null)
                    db.StoredContents.Add(content = new StoredContent { Sha256 = digest.Sha256, Md5 = digest.Md5, ByteLength = digest.Length, StoredAt = now });
                else if (content.Md5.Length == 0 && digest.Md5.Length > 0)
                    content.Md5 = digest.Md5;
                else if (content.PurgedAt is not null)
                {
                    // Rare: these bytes were purged; put them back while holding the lock.
                    await ReviveAsync(temp, digest, ct);
                    content.PurgedAt = null;
                }
                await RecordCopiesAsync(db, digest.Sha256, now, ct);
                var file = NewFile(organisationId, request, fileName, objectId, digest, format, embedded, actor, now);
                // Bytes the depot already had may have their MD5 already; else the background job computes it.
                var md5Known = digest.Md5.Length == 0 && content.Md5.Length > 0;
                if (md5Known) file.Md5 = content.Md5;
                if (file.Md5.Length == 0) await Hashing.Md5Backfill.QueueIfNoneAsync(db, now, ct);
                db.DigitalFiles.Add(file);
                await db.SaveChangesAsync(ct);
                RecordEvents(db, file, request, digest, md5Known, format, embedded, had, actor, now);
                if (file.Derivatives == DerivativeState.Pending)
                    db.Jobs.Add(new BackgroundJob
                    {
                        Kind = PreservationJobs.Derivatives,
                        OrganisationId = organisationId,
                        Payload = JsonSerializer.Serialize(new { fileId = file.Id }),
                        State = JobState.Queued,
                        CreatedAt = now,
                    });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return (file, false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another ingest of the same new bytes added the content row first: take it from there.
            }
        }
    }

    private async Task ReviveAsync(string temp, ContentDigest digest, CancellationToken ct)
    {
        foreach (var store in replicas.Stores)
            if (!await store.ExistsAsync(digest.Sha256, ct))
                await PutFromAsync(store, temp, digest, ct);
    }

    /// <summary>One row per store; a copy purged or missing before is there again now.</summary>
    private async Task RecordCopiesAsync(DepotDbContext db, string sha256, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.ContentReplicas.AsTracking().Where(r => r.Sha256 == sha256).ToListAsync(ct);
        foreach (var store in replicas.Stores)
        {
            var row = rows.FirstOrDefault(r => r.Store == store.Name);
            if (row is null)
                db.ContentReplicas.Add(new ContentReplica { Sha256 = sha256, Store = store.Name, State = ReplicaState.Present, CreatedAt = now });
            else if (row.State is ReplicaState.Purged or ReplicaState.Missing)
                (row.State, row.LastMessage) = (ReplicaState.Present, "Written again by an ingest of the same bytes.");
        }
    }

    private DigitalFile NewFile(long organisationId, IngestRequest request, string fileName, long? objectId, ContentDigest digest,
        FormatIdentification format, EmbeddedMetadata embedded, Actor actor, DateTimeOffset now) => new()
    {
        OrganisationId = organisationId,
        ObjectId = objectId,
        FileName = Cut(fileName, 260),
        OriginalPath = Cut(request.OriginalPath.Replace('\\', '/'), 1000),
        Sha256 = digest.Sha256,
        Md5 = digest.Md5,
        ByteLength = digest.Length,
        MediaType = Cut(format.MediaType.Length > 0 ? format.MediaType : "application/octet-stream", 200),
        FormatPuid = Cut(format.Puid, 32),
        FormatName = Cut(format.Name, 300),
        FormatVersion = Cut(format.Version, 100),
        IdentificationBasis = Cut($"{format.Basis} ({formats.SignatureVersion})", 300),
        EmbeddedMetadata = JsonSerializer.Serialize(embedded.Groups),
        Width = embedded.Width,
        Height = embedded.Height,
        ColourSpace = Cut(embedded.ColourSpace, 64),
        Derivatives = ImageTypes.Contains(format.MediaType) ? DerivativeState.Pending : DerivativeState.NotApplicable,
        Caption = Cut(request.Caption.Trim(), 1000),
        IngestedAt = now,
        IngestedBy = Cut(actor.Name, 320),
    };

    private void RecordEvents(DepotDbContext db, DigitalFile file, IngestRequest request, ContentDigest digest, bool md5Known, FormatIdentification format,
        EmbeddedMetadata embedded, IReadOnlyDictionary<string, bool> had, Actor actor, DateTimeOffset now)
    {
        var size = digest.Length.ToString(CultureInfo.InvariantCulture);
        PreservationEventLog.Record(db, file, PreservationEventType.Ingestion, EventOutcome.Success,
            $"Ingested {file.FileName} ({size} bytes)" + (file.ObjectId is long o ? $", linked to object {o.ToString(CultureInfo.InvariantCulture)}" : ""), actor.Name, now);
        var verified = string.Join(", ", new[] { ("SHA-256", request.ExpectedSha256), ("MD5", request.ExpectedMd5) }
            .Where(c => !string.IsNullOrWhiteSpace(c.Item2)).Select(c => c.Item1));
        PreservationEventLog.Record(db, file, PreservationEventType.MessageDigestCalculation, EventOutcome.Success,
            $"SHA-256 {digest.Sha256}" + (digest.Md5.Length > 0 ? $"; MD5 {digest.Md5}" : "")
            + (verified.Length > 0 ? $"; matches the {verified} the client sent" : "")
            + (md5Known ? $"; MD5 {file.Md5} known from the same bytes ingested before" : digest.Md5.Length == 0 ? "; MD5 (for exchange) follows from a background job" : ""), Agent, now);
        var identified = format.Puid.Length > 0;
        PreservationEventLog.Record(db, file, PreservationEventType.FormatIdentification, identified && format.Warnings.Count == 0 ? EventOutcome.Success : EventOutcome.Warning,
            (identified ? $"{format.Puid} {format.Name} {format.Version}".TrimEnd() + $" ({format.MediaType}) by {format.Basis}" : "Not identified")
            + $"; {formats.SignatureVersion}" + (format.Warnings.Count > 0 ? "; " + string.Join("; ", format.Warnings) : ""), Agent, now);
        PreservationEventLog.Record(db, file, PreservationEventType.MetadataExtraction, EventOutcome.Success,
            embedded.Groups.Count == 0 ? "No embedded metadata found"
                : $"{embedded.Groups.Count.ToString(CultureInfo.InvariantCulture)} groups ({string.Join(", ", embedded.Groups.Keys)})"
                  + (embedded.Width is int w && embedded.Height is int h ? string.Create(CultureInfo.InvariantCulture, $"; {w}×{h}") : "")
                  + (embedded.ColourSpace.Length > 0 ? $"; {embedded.ColourSpace}" : ""), Agent, now);
        foreach (var store in replicas.Stores)
            PreservationEventLog.Record(db, file, PreservationEventType.Replication, EventOutcome.Success,
                had.GetValueOrDefault(store.Name) ? $"Copy already held on replica {store.Name}" : $"Copy written to replica {store.Name}",
                Agent, now, store.Name);
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
