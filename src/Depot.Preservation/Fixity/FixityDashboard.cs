using System.Text.Json;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Fixity;

/// <summary>
/// What the fixity dashboard of one organisation shows: its files and their copies by state, the last
/// audits (its own and the whole-depot ones) with the failures and repairs among its files, and every
/// copy of its files currently missing or corrupt. The page checks the organisation's membership.
/// </summary>
public sealed class FixityDashboard(DepotDatabase database, JobQueue queue)
{
    public async Task<FixityOverview> GetAsync(long organisationId, int audits, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var files = db.DigitalFiles.Where(f => f.OrganisationId == organisationId && f.DeletedAt == null);
        var filesKept = await files.CountAsync(ct);
        var bytesKept = filesKept == 0 ? 0 : await files.SumAsync(f => f.ByteLength, ct);
        var copies = db.ContentReplicas.Where(r => db.DigitalFiles.Any(f => f.OrganisationId == organisationId && f.Sha256 == r.Sha256 && f.PurgedAt == null));
        var byState = await copies.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var neverChecked = await copies.CountAsync(r => r.LastCheckedAt == null && r.State != ReplicaState.Purged, ct);

        var recent = await db.FixityAudits.Where(a => a.OrganisationId == organisationId || a.OrganisationId == null)
            .OrderByDescending(a => a.Id).Take(Math.Clamp(audits, 1, 100)).ToListAsync(ct);
        var ids = recent.Select(a => (long?)a.Id).ToList();
        var counts = await db.PreservationEvents
            .Where(e => e.OrganisationId == organisationId && ids.Contains(e.AuditId)
                && ((e.Type == PreservationEventType.FixityCheck && e.Outcome == EventOutcome.Failure) || (e.Type == PreservationEventType.Repair && e.Outcome == EventOutcome.Success)))
            .GroupBy(e => new { e.AuditId, e.Type }).Select(g => new { g.Key.AuditId, g.Key.Type, Count = g.Count() }).ToListAsync(ct);
        int Count(long id, PreservationEventType type) => counts.Where(c => c.AuditId == id && c.Type == type).Sum(c => c.Count);

        var problems = await db.ContentReplicas.Where(r => r.State == ReplicaState.Missing || r.State == ReplicaState.Corrupt)
            .Join(db.DigitalFiles.Where(f => f.OrganisationId == organisationId && f.PurgedAt == null), r => r.Sha256, f => f.Sha256,
                (r, f) => new { FileId = f.Id, f.FileName, r.Store, r.State, r.LastMessage, r.LastCheckedAt })
            .OrderBy(p => p.FileId).ThenBy(p => p.Store).Take(200).ToListAsync(ct);

        return new FixityOverview(filesKept, bytesKept,
            byState.Where(s => s.Key == ReplicaState.Present).Sum(s => s.Count),
            byState.Where(s => s.Key == ReplicaState.Missing).Sum(s => s.Count),
            byState.Where(s => s.Key == ReplicaState.Corrupt).Sum(s => s.Count),
            neverChecked,
            [.. recent.Select(a => new FixityAuditRow(a.Id, a.OrganisationId is null, a.JobId, a.StartedAt, a.FinishedAt, a.ContentsChecked, a.ReplicasChecked,
                a.BytesChecked, a.Failures, a.Repairs, a.Unrepairable, Count(a.Id, PreservationEventType.FixityCheck), Count(a.Id, PreservationEventType.Repair), a.Message))],
            [.. problems.Select(p => new ProblemCopy(p.FileId, p.FileName, p.Store, p.State, p.LastMessage, p.LastCheckedAt))]);
    }

    /// <summary>Queues an audit of every copy of the organisation's files (the dashboard's "audit now"); its progress is the job's.</summary>
    public Task<BackgroundJob> StartAuditAsync(long organisationId, CancellationToken ct) =>
        queue.EnqueueAsync(PreservationJobs.FixityAudit, organisationId, JsonSerializer.Serialize(new { organisationId, fraction = 1 }), ct);
}

/// <summary>
/// The organisation's files kept (not deleted) and their bytes; its copies by state and those no audit
/// re-hashed yet; the last audits newest first (its own and the whole-depot ones); the copies of its files
/// the last check found missing or corrupt and could not repair (at most 200).
/// </summary>
public sealed record FixityOverview(long FilesKept, long BytesKept, int CopiesPresent, int CopiesMissing, int CopiesCorrupt, int CopiesNeverChecked,
    IReadOnlyList<FixityAuditRow> Audits, IReadOnlyList<ProblemCopy> Problems);

/// <summary>
/// One audit: <c>WholeDepot</c> for a scheduled audit over every organisation's files (its counts are
/// depot-wide); <c>FailuresHere</c> and <c>RepairsHere</c> count this organisation's files only.
/// </summary>
public sealed record FixityAuditRow(long Id, bool WholeDepot, long? JobId, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    long ContentsChecked, long ReplicasChecked, long BytesChecked, int Failures, int Repairs, int Unrepairable, int FailuresHere, int RepairsHere, string Message);

public sealed record ProblemCopy(long FileId, string FileName, string Store, ReplicaState State, string Message, DateTimeOffset? LastCheckedAt);
