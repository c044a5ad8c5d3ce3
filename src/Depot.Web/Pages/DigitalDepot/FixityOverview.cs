using Depot.Core.Preservation;
using Depot.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>What the fixity dashboard shows, for one organisation or (null) the whole depot.</summary>
public sealed record FixityFigures(
    IReadOnlyList<FixityAudit> Audits,
    int Files,
    long Bytes,
    int ReplicasPresent,
    int ReplicasMissing,
    int ReplicasCorrupt,
    int NeverChecked,
    DateTimeOffset? OldestCheck,
    IReadOnlyList<(ContentReplica Replica, long? FileId, string FileName)> Problems,
    BackgroundJob? PendingAudit)
{
    public FixityAudit? Last => Audits.FirstOrDefault(a => a.FinishedAt is not null);
}

/// <summary>
/// Reads the audits and the copies' state straight from the tables (helper C's <c>Fixity/FixityDashboard</c>
/// may replace this query); an organisation sees the audits of its own files and the depot-wide ones.
/// </summary>
public sealed class FixityOverview(DepotDatabase database)
{
    public async Task<FixityFigures> LoadAsync(long? organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var audits = (await db.FixityAudits.AsNoTracking()
                .Where(a => organisationId == null || a.OrganisationId == null || a.OrganisationId == organisationId)
                .OrderByDescending(a => a.Id).Take(10).ToListAsync(ct));
        var files = db.DigitalFiles.AsNoTracking().Where(f => f.PurgedAt == null && (organisationId == null || f.OrganisationId == organisationId));
        var count = await files.CountAsync(ct);
        var bytes = count == 0 ? 0 : await files.SumAsync(f => f.ByteLength, ct);
        var replicas = db.ContentReplicas.AsNoTracking().Where(r => files.Any(f => f.Sha256 == r.Sha256));
        var states = await replicas.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(ReplicaState s) => states.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        var never = await replicas.CountAsync(r => r.LastCheckedAt == null && r.State != ReplicaState.Purged, ct);
        var checkedTimes = await replicas.Where(r => r.LastCheckedAt != null).Select(r => r.LastCheckedAt).ToListAsync(ct);
        var problems = await replicas.Where(r => r.State == ReplicaState.Missing || r.State == ReplicaState.Corrupt).OrderBy(r => r.Sha256).Take(100)
            .Select(r => new { Replica = r, File = files.Where(f => f.Sha256 == r.Sha256).Select(f => new { f.Id, f.FileName }).FirstOrDefault() })
            .ToListAsync(ct);
        var pending = await db.Jobs.AsNoTracking()
            .Where(j => j.Kind == PreservationJobs.FixityAudit && (j.State == JobState.Queued || j.State == JobState.Running) && j.OrganisationId == organisationId)
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
        return new FixityFigures(audits, count, bytes, Of(ReplicaState.Present), Of(ReplicaState.Missing), Of(ReplicaState.Corrupt), never,
            checkedTimes.Count == 0 ? null : checkedTimes.Min(), [.. problems.Select(p => (p.Replica, p.File?.Id, p.File?.FileName ?? ""))], pending);
    }
}
