using System.Globalization;
using Depot.Core.Preservation;
using Depot.Preservation.Fixity;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Hashing;

/// <summary>
/// MD5 is an exchange checksum (STANDARDS.md: SHA-256; MD5 alongside only for exchange), and on this
/// machine it hashes at half SHA-256's speed: the ingest leaves it out of its one pass unless the
/// client sent one to verify, and this fills it in afterwards from a replica, in batches, at the
/// fixity audit's read-rate ceiling. The bytes are re-hashed with SHA-256 in the same read, so an MD5
/// is only ever recorded for bytes that are the content. Each file that points at the content gets its
/// PREMIS <c>message digest calculation</c> event then.
/// </summary>
internal sealed class Md5Backfill(DepotDatabase database, IContentReader content, PreservationOptions options, TimeProvider clock)
{
    public const string Agent = "Depot MD5 for exchange";

    /// <summary>One job's share: it ends after this many contents or bytes and queues the next, so other jobs queued meanwhile go first.</summary>
    public const int BatchContents = 200;
    public const long BatchBytes = 4L << 30;

    /// <summary>Computes the missing MD5 of contents after <paramref name="after"/> (SHA-256 order), one batch; the last content looked at, or null when none is left.</summary>
    public async Task<Md5BatchResult> RunBatchAsync(string after, IJobProgress? progress, CancellationToken ct)
    {
        List<(string Sha256, long Length)> batch;
        await using (var db = database.CreateContext())
        {
#pragma warning disable CA1309 // Translated to SQL's > on lower-case hex; no culture is involved.
            batch = [.. (await db.StoredContents.Where(c => c.Md5 == "" && c.PurgedAt == null && string.Compare(c.Sha256, after) > 0)
                .OrderBy(c => c.Sha256).Select(c => new { c.Sha256, c.ByteLength }).Take(BatchContents).ToListAsync(ct))
                .Select(c => (c.Sha256, c.ByteLength))];
#pragma warning restore CA1309
        }
        var throttle = new Throttle(options.FixityMaxMegabytesPerSecond);
        long bytes = 0;
        var done = 0;
        var failed = 0;
        string? last = null;
        var stoppedEarly = false;
        foreach (var (sha256, length) in batch)
        {
            if (bytes >= BatchBytes)
            {
                stoppedEarly = true;
                break;
            }
            last = sha256;
            var ok = await ComputeAsync(sha256, ct) is not null;
            (done, failed) = ok ? (done + 1, failed) : (done, failed + 1);
            bytes += length;
            await throttle.PaceAsync(length, ct);
            if (progress is not null)
                await progress.ReportAsync(done + failed, batch.Count, string.Create(CultureInfo.InvariantCulture, $"{done} MD5 computed, {failed} not readable"), ct);
        }
        return new Md5BatchResult(done, failed, stoppedEarly || batch.Count == BatchContents ? last : null);
    }

    /// <summary>The content's MD5, computed now from a replica and recorded when it was missing; null when no replica gives the right bytes.</summary>
    public async Task<string?> ComputeAsync(string sha256, CancellationToken ct)
    {
        await using (var db = database.CreateContext())
        {
            var known = await db.StoredContents.Where(c => c.Sha256 == sha256).Select(c => c.Md5).SingleOrDefaultAsync(ct);
            if (!string.IsNullOrEmpty(known)) return known;
        }
        ContentDigest digest;
        try
        {
            await using var stream = await content.OpenReadAsync(sha256, ct);
            digest = await HashingCopy.CopyAsync(stream, null, long.MaxValue, ct, md5: true);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        // A copy that no longer hashes right is the fixity audit's to repair; its MD5 would describe the wrong bytes.
        if (digest.Sha256 != sha256) return null;
        await RecordAsync(sha256, digest.Md5, ct);
        return digest.Md5;
    }

    private async Task RecordAsync(string sha256, string md5, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.StoredContents.Where(c => c.Sha256 == sha256 && c.Md5 == "").ExecuteUpdateAsync(s => s.SetProperty(c => c.Md5, md5), ct);
        var files = await db.DigitalFiles.AsTracking().Where(f => f.Sha256 == sha256 && f.Md5 == "" && f.PurgedAt == null).ToListAsync(ct);
        foreach (var file in files)
        {
            file.Md5 = md5;
            PreservationEventLog.Record(db, file, PreservationEventType.MessageDigestCalculation, EventOutcome.Success,
                $"MD5 {md5} (for exchange), computed from a replica whose SHA-256 {sha256} was verified in the same read", Agent, now);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Adds a queued MD5 job to the context's next save unless one is already waiting (a second one would find nothing left to do).</summary>
    public static async Task QueueIfNoneAsync(DepotDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Jobs.AnyAsync(j => j.Kind == PreservationJobs.Md5 && j.State == JobState.Queued, ct)) return;
        db.Jobs.Add(new BackgroundJob { Kind = PreservationJobs.Md5, Payload = "{}", State = JobState.Queued, CreatedAt = now });
    }
}

/// <summary>What one batch did; <c>ContinueAfter</c> is where the next job starts, null when every missing MD5 was looked at.</summary>
internal sealed record Md5BatchResult(int Computed, int Unreadable, string? ContinueAfter);
