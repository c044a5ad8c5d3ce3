using Depot.Core.Preservation;
using Depot.Storage.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Fixity;

/// <summary>What one page of the audit found, written in one transaction: copy states, events, counts.</summary>
internal sealed partial class FixityAuditor
{
    private async Task RecordAsync(FixityAudit audit, IReadOnlyList<CopyOutcome> outcomes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var checkedOnes = outcomes.Where(o => o.Finding != CopyFinding.StoreGone).ToList();
        audit.ContentsChecked += checkedOnes.Select(o => o.Copy.Sha256).Distinct().Count();
        audit.ReplicasChecked += checkedOnes.Count;
        audit.BytesChecked += checkedOnes.Sum(o => o.BytesRead);
        audit.Failures += checkedOnes.Count(o => o.Failed);
        audit.Repairs += checkedOnes.Count(o => o.Repair == RepairResult.Repaired);
        audit.Unrepairable += checkedOnes.Where(o => o.Repair == RepairResult.Failed).Select(o => o.Copy.Sha256).Distinct().Count();

        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var intact = checkedOnes.Where(o => o.Finding == CopyFinding.Intact).Select(o => o.Copy.ReplicaId).ToList();
        foreach (var chunk in intact.Chunk(500))
            await db.ContentReplicas.Where(r => chunk.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastCheckedAt, now)
                .SetProperty(r => r.State, ReplicaState.Present)
                .SetProperty(r => r.LastMessage, ""), ct);
        foreach (var bad in checkedOnes.Where(o => o.Failed))
        {
            var repaired = bad.Repair == RepairResult.Repaired;
            var state = repaired ? ReplicaState.Present : bad.Finding == CopyFinding.Missing ? ReplicaState.Missing : ReplicaState.Corrupt;
            var message = Cut($"{bad.Detail}; {bad.RepairDetail}", 1000);
            await db.ContentReplicas.Where(r => r.Id == bad.Copy.ReplicaId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastCheckedAt, now)
                .SetProperty(r => r.State, state)
                .SetProperty(r => r.LastMessage, message), ct);
        }
        await RecordEventsAsync(db, audit, checkedOnes, now, ct);
        db.FixityAudits.Update(audit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Per file that points at a checked content: one check event listing its copies, and a failure and a repair event per bad copy.</summary>
    private static async Task RecordEventsAsync(Depot.Storage.Database.DepotDbContext db, FixityAudit audit, List<CopyOutcome> outcomes, DateTimeOffset now, CancellationToken ct)
    {
        var byContent = outcomes.GroupBy(o => o.Copy.Sha256).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var shas in byContent.Keys.Chunk(500))
        {
            var files = await db.DigitalFiles.Where(f => shas.Contains(f.Sha256) && f.PurgedAt == null).ToListAsync(ct);
            foreach (var file in files)
            {
                var copies = byContent[file.Sha256];
                var intact = copies.Where(o => o.Finding == CopyFinding.Intact).Select(o => o.Copy.Store).ToList();
                if (intact.Count > 0)
                    PreservationEventLog.Record(db, file, PreservationEventType.FixityCheck, EventOutcome.Success,
                        $"SHA-256 {file.Sha256} matches on replica {string.Join(", ", intact)}", Agent, now, intact.Count == 1 ? intact[0] : "", audit.Id);
                foreach (var bad in copies.Where(o => o.Failed))
                {
                    PreservationEventLog.Record(db, file, PreservationEventType.FixityCheck, EventOutcome.Failure, bad.Detail, Agent, now, bad.Copy.Store, audit.Id);
                    PreservationEventLog.Record(db, file, PreservationEventType.Repair,
                        bad.Repair == RepairResult.Repaired ? EventOutcome.Success : EventOutcome.Failure, bad.RepairDetail, Agent, now, bad.Copy.Store, audit.Id);
                }
            }
        }
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
