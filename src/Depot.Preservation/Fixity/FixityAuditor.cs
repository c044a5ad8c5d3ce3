using System.Globalization;
using Depot.Core.Preservation;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Fixity;

/// <summary>
/// The fixity audit: re-hashes copies with parallel workers (throttled), repairs a missing or changed
/// copy from one verified good, and records every failure and repair as PREMIS events of each file
/// that points at the content. A scheduled audit takes the least recently checked share of all copies
/// (<c>1/fraction</c>), so the cycle is spread over many small audits; a manual one takes all.
/// </summary>
internal sealed partial class FixityAuditor(DepotDatabase database, ReplicaSet replicas, PreservationOptions options, TimeProvider clock)
{
    public const string Agent = "Depot fixity audit";
    private const int PageSize = 500;

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
        var done = 0;
        foreach (var page in ids.Chunk(PageSize))
        {
            var copies = await LoadAsync(page, ct);
            var outcomes = new System.Collections.Concurrent.ConcurrentBag<CopyOutcome>();
            await Parallel.ForEachAsync(copies.GroupBy(c => c.Sha256).OrderByDescending(g => g.First().Length),
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct },
                async (content, c) =>
                {
                    foreach (var o in await CheckContentAsync([.. content], throttle, c)) outcomes.Add(o);
                });
            await RecordAsync(audit, [.. outcomes], ct);
            done += page.Length;
            if (progress is not null)
                await progress.ReportAsync(done, ids.Count, string.Create(CultureInfo.InvariantCulture,
                    $"{done} / {ids.Count} copies, {audit.Failures} failures, {audit.Repairs} repairs"), ct);
        }
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
