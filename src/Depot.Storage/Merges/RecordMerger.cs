using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Storage.Merges;

/// <summary>What a merge would change, shown on the confirm screen.</summary>
public sealed record MergePreview(RecordType RecordType, long KeptId, string KeptLabel, long RemovedId, string RemovedLabel, int RecordsToChange);

/// <summary>
/// Merges duplicate agents, concepts or places: every reference (see <see cref="ReferenceRewrites"/>)
/// moves to the kept record, each changed record gets a version, the removed record is soft-deleted
/// with a note, and the merge is recorded in <c>merges</c> so it can be undone. All of it is one
/// transaction: a failure or a crash halfway leaves every reference where it was.
/// </summary>
public sealed partial class RecordMerger(DepotDatabase database, RecordStore records, TimeProvider clock)
{
    public static bool CanMerge(RecordType type) => type is RecordType.Agent or RecordType.Concept or RecordType.Place;

    public async Task<MergePreview> PreviewAsync(long organisationId, RecordType type, long keptId, long removedId, CancellationToken ct)
    {
        var (kept, removed) = await LoadPairAsync(organisationId, type, keptId, removedId, ct);
        var count = 0;
        foreach (var rewrite in ReferenceRewrites.All)
            count += await rewrite.CountAsync(database, organisationId, type, removedId, keptId, ct);
        return new MergePreview(type, keptId, kept, removedId, removed, count);
    }

    public async Task<MergeRecord> MergeAsync(long organisationId, RecordType type, long keptId, long removedId, Actor actor, CancellationToken ct,
        Func<int, CancellationToken, Task>? progress = null)
    {
        var (keptLabel, removedLabel) = await LoadPairAsync(organisationId, type, keptId, removedId, ct);
        var note = $"samengevoegd: {Describe(type)} #{removedId} ({removedLabel}) → #{keptId} ({keptLabel})";
        return await records.InTransactionAsync(async tx =>
        {
            var changes = new List<MergeChange>();
            foreach (var rewrite in ReferenceRewrites.All)
            {
                await rewrite.RewriteAsync(tx, organisationId, type, removedId, keptId, actor, note, async (change, c) =>
                {
                    changes.Add(change);
                    if (progress is not null && changes.Count % 25 == 0) await progress(changes.Count, c);
                }, ct);
            }
            var removedVersion = await DeleteAsync(tx, organisationId, type, removedId, actor, $"samengevoegd met #{keptId} ({keptLabel}) — merged into #{keptId}");
            var merge = Record(organisationId, type, keptId, removedId, keptLabel, removedLabel, removedVersion, changes, actor);
            tx.Db.Set<MergeRecord>().Add(merge);
            await tx.Db.SaveChangesAsync(ct);
            return merge;
        }, ct);
    }

    private MergeRecord Record(long organisationId, RecordType type, long keptId, long removedId, string keptLabel, string removedLabel,
        int removedVersion, List<MergeChange> changes, Actor actor) => new()
        {
            OrganisationId = organisationId,
            RecordType = type,
            KeptId = keptId,
            RemovedId = removedId,
            KeptLabel = Clip(keptLabel),
            RemovedLabel = Clip(removedLabel),
            RemovedVersion = removedVersion,
            Changes = changes,
            MergedByUserId = actor.UserId,
            MergedBy = actor.Name,
            MergedAt = clock.GetUtcNow(),
        };

    private async Task<(string Kept, string Removed)> LoadPairAsync(long organisationId, RecordType type, long keptId, long removedId, CancellationToken ct)
    {
        if (!CanMerge(type))
            throw new ValidationFailedException([new FieldError("type", "merge.type", "Alleen personen, concepten en plaatsen kunnen samengevoegd worden.", "Only agents, concepts and places can be merged.")]);
        if (keptId == removedId)
            throw new ValidationFailedException([new FieldError("removed", "merge.same", "Kies twee verschillende records.", "Choose two different records.")]);
        var kept = await LabelAsync(organisationId, type, keptId, ct);
        var removed = await LabelAsync(organisationId, type, removedId, ct);
        return (kept, removed);
    }

    /// <summary>The record's display label; throws <see cref="RecordNotFoundException"/> when it is not a live record of this organisation.</summary>
    public async Task<string> LabelAsync(long organisationId, RecordType type, long id, CancellationToken ct) => type switch
    {
        RecordType.Agent => (await records.GetAsync<Agent>(organisationId, id, ct)).Name,
        RecordType.Concept => (await records.GetAsync<Concept>(organisationId, id, ct)).PrefLabelNl,
        RecordType.Place => (await records.GetAsync<Place>(organisationId, id, ct)).Name,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static async Task<int> DeleteAsync(RecordStore.RecordTransaction tx, long organisationId, RecordType type, long id, Actor actor, string note) => type switch
    {
        RecordType.Agent => (await tx.DeleteAsync<Agent>(organisationId, id, actor, note)).Version,
        RecordType.Concept => (await tx.DeleteAsync<Concept>(organisationId, id, actor, note)).Version,
        RecordType.Place => (await tx.DeleteAsync<Place>(organisationId, id, actor, note)).Version,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Describe(RecordType type) => type switch
    {
        RecordType.Agent => "persoon",
        RecordType.Concept => "concept",
        RecordType.Place => "plaats",
        _ => type.ToString(),
    };

    private static string Clip(string s) => s.Length <= 300 ? s : s[..300];
}
