using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Depot.Core.Preservation;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Fixity;

/// <summary>
/// The fixity audit: re-hashes copies with parallel workers (<c>FixityWorkers</c>, default one per core;
/// throttled by <c>FixityMaxMegabytesPerSecond</c> over all of them), repairs a missing or changed
/// copy from one verified good, and records every failure and repair as PREMIS events of each file
/// that points at the content. A scheduled audit takes the least recently checked share of all copies
/// (<c>1/fraction</c>), so the cycle is spread over many small audits; a manual one takes all.
/// </summary>
internal sealed partial class FixityAuditor(DepotDatabase database, ReplicaSet replicas, PreservationOptions options, TimeProvider clock)
{
    public const string Agent = "Depot fixity audit";
    private const int PageSize = 2000;
    private const int RecordBatch = 2000;
    private static readonly TimeSpan RecordInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Audits the contents the organisation's files point at (null: the whole depot), the least recently
    /// checked <c>1/fraction</c> of their copies (1: all of them); progress goes to the job when there is one.
    /// </summary>
    public async Task<FixityAudit> RunAsync(long? organisationId, int fraction, long? jobId, IJobProgress? progress, CancellationToken ct)
    {
        var audit = new FixityAudit { OrganisationId = organisationId, JobId = jobId, StartedAt = clock.GetUtcNow() };
        await using (var db = database.CreateContext())
        {
            db.FixityAudits.Add(audit);
            await db.SaveChangesAsync(ct);
        }
        var ids = await SelectAsync(organisationId, Math.Max(1, fraction), ct);
        var throttle = new Throttle(options.FixityMaxMegabytesPerSecond);
        var workers = options.FixityWorkers > 0 ? options.FixityWorkers : Environment.ProcessorCount;

        // Hashing and the database are two stages: the workers go from one content to the next over
        // page boundaries, while one writer records what they found in large batches behind them.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var found = Channel.CreateBounded<IReadOnlyList<CopyOutcome>>(new BoundedChannelOptions(RecordBatch) { SingleReader = true });
        var recording = RecordAllAsync(audit, found.Reader, ids.Count, progress, stop.Token);
        try
        {
            await Parallel.ForEachAsync(ContentsAsync(ids, stop.Token), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stop.Token },
                async (content, c) => await found.Writer.WriteAsync(await CheckContentAsync(content, throttle, c), c));
            found.Writer.Complete();
        }
        catch (Exception e)
        {
            found.Writer.TryComplete(e);
            await stop.CancelAsync();
            await recording.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        await recording;

        audit.FinishedAt = clock.GetUtcNow();
        audit.Message = string.Create(CultureInfo.InvariantCulture,
            $"{audit.ReplicasChecked} copies of {audit.ContentsChecked} contents checked ({audit.BytesChecked} bytes); {audit.Failures} failures, {audit.Repairs} repaired, {audit.Unrepairable} unrepairable");
        await using (var db = database.CreateContext())
        {
            db.FixityAudits.Update(audit);
            await db.SaveChangesAsync(ct);
        }
        return audit;
    }

    /// <summary>The copies page by page, grouped by content, the largest first within a page (so no worker is left with a big one at the end).</summary>
    private async IAsyncEnumerable<IReadOnlyList<CopyToCheck>> ContentsAsync(IReadOnlyList<long> ids, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var page in ids.Chunk(PageSize))
            foreach (var content in (await LoadAsync(page, ct)).GroupBy(c => c.Sha256).OrderByDescending(g => g.First().Length))
                yield return [.. content];
    }

    /// <summary>The writer stage: outcomes in batches of about <see cref="RecordBatch"/> copies, or what came in the last second.</summary>
    private async Task RecordAllAsync(FixityAudit audit, ChannelReader<IReadOnlyList<CopyOutcome>> found, int total, IJobProgress? progress, CancellationToken ct)
    {
        var batch = new List<CopyOutcome>();
        var since = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        async Task FlushAsync()
        {
            await RecordAsync(audit, batch, ct);
            done += batch.Count;
            batch.Clear();
            since.Restart();
            if (progress is not null)
                await progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture,
                    $"{done} / {total} copies, {audit.Failures} failures, {audit.Repairs} repairs"), ct);
        }
        await foreach (var outcomes in found.ReadAllAsync(ct))
        {
            batch.AddRange(outcomes);
            if (batch.Count >= RecordBatch || since.Elapsed > RecordInterval) await FlushAsync();
        }
        if (batch.Count > 0) await FlushAsync();
    }

    /// <summary>The copies to check, least recently checked (never checked first); raw SQL because SQLite keeps times as text EF will not order.</summary>
    private async Task<IReadOnlyList<long>> SelectAsync(long? organisationId, int fraction, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var live = db.ContentReplicas.Where(r => r.State != ReplicaState.Purged && db.StoredContents.Any(c => c.Sha256 == r.Sha256 && c.PurgedAt == null));
        if (organisationId is long org)
            live = live.Where(r => db.DigitalFiles.Any(f => f.OrganisationId == org && f.Sha256 == r.Sha256 && f.PurgedAt == null));
        var count = await live.CountAsync(ct);
        var take = (count + fraction - 1) / fraction;
        var orgFilter = organisationId is null ? "" :
            "AND EXISTS (SELECT 1 FROM digital_files f WHERE f.organisation_id = {0} AND f.sha256 = r.sha256 AND f.purged_at IS NULL)";
        var sql = $"""
            SELECT r.id AS "Value" FROM content_replicas r JOIN stored_contents c ON c.sha256 = r.sha256
            WHERE c.purged_at IS NULL AND r.state <> 'Purged' {orgFilter}
            ORDER BY r.last_checked_at IS NOT NULL, r.last_checked_at, r.id
            LIMIT {take.ToString(CultureInfo.InvariantCulture)}
            """;
        return await db.Database.SqlQueryRaw<long>(sql, organisationId is long o ? [o] : []).ToListAsync(ct);
    }

    private async Task<List<CopyToCheck>> LoadAsync(long[] ids, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ContentReplicas.Where(r => ids.Contains(r.Id))
            .Join(db.StoredContents, r => r.Sha256, c => c.Sha256, (r, c) => new CopyToCheck(r.Id, r.Sha256, r.Store, c.ByteLength))
            .ToListAsync(ct);
    }
}
