using Depot.Core;
using Depot.Core.Validation;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Merges;

/// <summary>A record changed after the merge, so undoing it would overwrite somebody's work.</summary>
public sealed record MergeConflict(RecordType RecordType, long RecordId, int MergeVersion, int CurrentVersion, string ChangedBy);

public sealed record MergeUndoResult(MergeRecord Merge, IReadOnlyList<MergeConflict> Conflicts)
{
    public bool Undone => Conflicts.Count == 0;
}

public sealed partial class RecordMerger
{
    public async Task<MergeRecord?> FindAsync(long organisationId, long mergeId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Set<MergeRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.Id == mergeId, ct);
    }

    /// <summary>The merges that kept or removed this record, newest first.</summary>
    public async Task<IReadOnlyList<MergeRecord>> ListForAsync(long organisationId, RecordType type, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Set<MergeRecord>().AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.RecordType == type && (m.KeptId == id || m.RemovedId == id))
            .OrderByDescending(m => m.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Undoes a merge: the removed record comes back and every changed record returns to its
    /// references before the merge (as a new version). Refused, with the list of conflicts, when
    /// any of those records changed since the merge.
    /// </summary>
    public async Task<MergeUndoResult?> UndoAsync(long organisationId, long mergeId, Actor actor, CancellationToken ct)
    {
        var merge = await FindAsync(organisationId, mergeId, ct);
        if (merge is null) return null;
        if (merge.IsUndone)
            throw new ValidationFailedException([new FieldError("merge", "merge.undone", "Deze samenvoeging is al ongedaan gemaakt.", "This merge has already been undone.")]);

        var conflicts = await ConflictsAsync(merge, ct);
        if (conflicts.Count > 0) return new MergeUndoResult(merge, conflicts);

        // The removed record first: the restored references must point at a live record.
        await InvokeAsync(nameof(RecordStore.UndeleteAsync), merge.RecordType, [organisationId, merge.RemovedId, merge.RemovedVersion, actor, ct]);
        foreach (var change in merge.Changes)
            await InvokeAsync(nameof(RecordStore.RestoreAsync), change.RecordType, [organisationId, change.RecordId, change.VersionBefore, change.VersionAfter, actor, ct]);

        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await db.Set<MergeRecord>().Where(m => m.Id == merge.Id && m.OrganisationId == organisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UndoneAt, now).SetProperty(m => m.UndoneBy, actor.Name), ct);
        merge.UndoneAt = now;
        merge.UndoneBy = actor.Name;
        return new MergeUndoResult(merge, []);
    }

    private async Task<List<MergeConflict>> ConflictsAsync(MergeRecord merge, CancellationToken ct)
    {
        var expected = merge.Changes.Select(c => (RecordType: c.RecordType, RecordId: c.RecordId, Version: c.VersionAfter))
            .Append((RecordType: merge.RecordType, RecordId: merge.RemovedId, Version: merge.RemovedVersion)).ToList();
        var conflicts = new List<MergeConflict>();
        await using var db = database.CreateContext();
        foreach (var group in expected.GroupBy(e => e.RecordType))
        {
            var ids = group.Select(g => g.RecordId).ToList();
            var type = group.Key;
            var latest = await db.RecordVersions.AsNoTracking()
                .Where(v => v.OrganisationId == merge.OrganisationId && v.RecordType == type && ids.Contains(v.RecordId))
                .GroupBy(v => v.RecordId)
                .Select(g => new { RecordId = g.Key, Version = g.Max(v => v.Version) })
                .ToDictionaryAsync(x => x.RecordId, x => x.Version, ct);
            foreach (var (_, id, version) in group)
            {
                var current = latest.GetValueOrDefault(id);
                if (current == version) continue;
                var who = await db.RecordVersions.AsNoTracking()
                    .Where(v => v.OrganisationId == merge.OrganisationId && v.RecordType == type && v.RecordId == id && v.Version == current)
                    .Select(v => v.ChangedBy).FirstOrDefaultAsync(ct) ?? "";
                conflicts.Add(new MergeConflict(type, id, version, current, who));
            }
        }
        return conflicts;
    }

    private Task InvokeAsync(string method, RecordType type, object?[] arguments)
    {
        var generic = typeof(RecordStore).GetMethod(method) ?? throw new MissingMethodException(nameof(RecordStore), method);
        return (Task)generic.MakeGenericMethod(RecordKinds.ClrType(type)).Invoke(records, arguments)!;
    }
}
