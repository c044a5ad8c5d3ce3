using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Records;

namespace Depot.Interchange.Importing;

// Per batch: what happens to each record. Unchanged is decided by the provenance hash alone (one
// query per batch), so a re-import of an unchanged file never maps or compares a record.
public sealed partial class ImportRunner
{
    private sealed record Decided(ImportBatch Batch, List<RecordOutcome> Outcomes);

    private static async Task<Decided> DecideAsync(long organisationId, SourceFormat format, List<ReadRecord> records, ImportStore store,
        AuthorityResolver authorities, CancellationToken ct)
    {
        var batch = new ImportBatch();
        var outcomes = new RecordOutcome?[records.Count];
        var issues = new List<SourceIssue>[records.Count];
        var provenance = await store.ProvenanceAsync(organisationId, records.Select(r => r.Key).Distinct().ToList(), ct);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            var (record, key, hash, own) = records[i];
            var number = record.Object.ObjectNumber.Trim();
            issues[i] = own;
            if (!keys.Add(key) || (number.Length > 0 && !numbers.Add(number)))
                issues[i].Add(new SourceIssue(IssueSeverity.Error, "objectNumber",
                    $"Record ‘{number}’ staat twee keer in dit deel van het bestand; het tweede is overgeslagen.",
                    $"Record ‘{number}’ occurs twice in this part of the file; the second one was skipped."));
            if (issues[i].Exists(x => x.Severity == IssueSeverity.Error))
                outcomes[i] = Outcome(record, RecordAction.Refused, issues[i], [], record.Kept);
            else if (provenance.TryGetValue(key, out var known) && known.Hash == hash)
                outcomes[i] = Outcome(record, RecordAction.Unchanged, issues[i], [], record.Kept);
            else
                pending.Add(i);
        }
        if (pending.Count == 0) return new Decided(batch, [.. outcomes.Select(o => o!)]);

        var byNumber = await store.ObjectIdsByNumberAsync(organisationId, numbers, ct);
        long Target(int i) => provenance.TryGetValue(records[i].Key, out var p) ? p.ObjectId
            : byNumber.GetValueOrDefault(records[i].Record.Object.ObjectNumber.Trim());
        var stored = await store.ObjectsAsync(organisationId, pending.Select(Target).Where(id => id != 0).Distinct().ToList(), ct);
        var harvested = await store.HarvestedAsync(organisationId, stored.Keys, ct);
        foreach (var i in pending)
        {
            var (record, key, hash, _) = records[i];
            var target = Target(i);
            var current = target != 0 ? stored.GetValueOrDefault(target) : null;
            if (current is not null && harvested.TryGetValue(current.Id, out var source))
            {
                // The source is a harvested object's truth: an import never changes it.
                issues[i].Add(new SourceIssue(IssueSeverity.Error, "objectNumber",
                    $"Object ‘{current.ObjectNumber}’ is geoogst uit ‘{source}’ en alleen-lezen in Depot; het record is overgeslagen.",
                    $"Object ‘{current.ObjectNumber}’ is harvested from ‘{source}’ and read-only in Depot; the record was skipped."));
                outcomes[i] = Outcome(record, RecordAction.Refused, issues[i], [], record.Kept);
                continue;
            }
            if (current is { IsDeleted: true })
            {
                issues[i].Add(new SourceIssue(IssueSeverity.Error, "objectNumber",
                    "Het object van dit record is in Depot verwijderd; herstel het eerst.", "This record's object was deleted in Depot; restore it first."));
                outcomes[i] = Outcome(record, RecordAction.Refused, issues[i], [], record.Kept);
                continue;
            }
            var number = record.Object.ObjectNumber.Trim();
            if (current is not null && current.ObjectNumber != number && byNumber.TryGetValue(number, out var other) && other != current.Id)
            {
                issues[i].Add(new SourceIssue(IssueSeverity.Error, "objectNumber",
                    $"Objectnummer ‘{number}’ is in Depot al van een ander object.", $"Object number ‘{number}’ already belongs to another object in Depot."));
                outcomes[i] = Outcome(record, RecordAction.Refused, issues[i], [], record.Kept);
                continue;
            }

            var mapped = RecordMapper.Map(record, authorities, batch, issues[i]);
            var kept = mapped.SourceFields.Select(f => new KeptField(f.Path, f.Value, f.Language)).ToList();
            if (current is null)
            {
                batch.Creates.Add(new ImportWrite(key, hash, mapped));
                outcomes[i] = Outcome(record, RecordAction.Create, issues[i], [], kept);
                continue;
            }
            var changed = ChangedFields(current, mapped);
            var write = new ImportWrite(key, hash, mapped, current.Id);
            if (changed.Count == 0) batch.Touches.Add(write); else batch.Updates.Add(write);
            outcomes[i] = Outcome(record, changed.Count == 0 ? RecordAction.Unchanged : RecordAction.Update, issues[i], changed, kept);
        }
        return new Decided(batch, [.. outcomes.Select(o => o!)]);
    }

    /// <summary>The object's fields an update from <paramref name="incoming"/> would change.</summary>
    internal static List<string> ChangedFields(CollectionObject current, CollectionObject incoming)
    {
        var before = DepotJson.Serialize(current);
        var after = DepotJson.Deserialize<CollectionObject>(before);
        ImportedFields.Copy(incoming, after);
        return SnapshotDiff.ChangedFields(before, DepotJson.Serialize(after));
    }

    private static RecordOutcome Outcome(SourceRecord record, RecordAction action, List<SourceIssue> issues, IReadOnlyList<string> changed,
        IReadOnlyList<KeptField> kept) =>
        new(record.Position, record.SourceId, record.Object.ObjectNumber.Trim(), action, issues, changed, kept);
}
