using Depot.Core.Network;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

// Per page: what happens to each record. Unchanged is decided by the harvested row's content hash alone,
// so a page harvested again maps nothing and writes no object.
internal sealed partial class HarvestSink
{
    private async Task<PageDecision> DecideAsync(HarvestSource source, SourceContext context, HarvestPage page, CancellationToken ct)
    {
        var decision = new PageDecision();
        // A later item of the same identifier wins: only the last one of each is looked at.
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < page.Items.Count; i++) last[page.Items[i].SourceIdentifier.Trim()] = i;
        var items = last.OrderBy(x => x.Value).Select(x => page.Items[x.Value]).ToList();
        var known = await KnownAsync(source, [.. last.Keys], ct);

        var pending = new List<(HarvestUpsert Item, string Id, string Hash, List<SourceIssue> Issues)>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = item.SourceIdentifier.Trim();
            var row = known.GetValueOrDefault(id);
            if (item is HarvestWithdrawal)
            {
                if (row is { Withdrawn: false }) decision.Withdrawals.Add(new Withdrawal(id, item.SourceVersion, row.ObjectId));
                continue;
            }
            var upsert = (HarvestUpsert)item;
            var record = upsert.Record;
            var issues = Issues(record);
            var number = record.Object.ObjectNumber.Trim();
            if (id.Length is 0 or > HarvestedRecord.IdentifierMaxLength)
                issues.Add(Error("sourceIdentifier", "Het record heeft geen bruikbare identifier in de bron.", "The record has no usable identifier at the source."));
            else if (number.Length > 0 && !numbers.Add(number))
                issues.Add(Error("objectNumber", $"Objectnummer ‘{number}’ staat twee keer op deze pagina; het tweede record is overgeslagen.",
                    $"Object number ‘{number}’ occurs twice on this page; the second record was skipped."));
            if (issues.Exists(x => x.Severity == IssueSeverity.Error))
            {
                decision.Refuse(record, issues);
                continue;
            }
            var hash = RecordIdentity.Hash(record);
            if (row is { Withdrawn: false } && row.ContentHash == hash)
                decision.Confirmed.Add((id, upsert.SourceVersion));
            else
                pending.Add((upsert, id, hash, issues));
        }
        if (pending.Count > 0) await MapAsync(source, context, pending, known, numbers, decision, ct);
        return decision;
    }

    private static async Task MapAsync(HarvestSource source, SourceContext context,
        List<(HarvestUpsert Item, string Id, string Hash, List<SourceIssue> Issues)> pending, Dictionary<string, HarvestedRecord> known,
        HashSet<string> numbers, PageDecision decision, CancellationToken ct)
    {
        var org = source.OrganisationId;
        var byNumber = await context.Store.ObjectIdsByNumberAsync(org, numbers, ct);
        var targets = pending.Select(p => known.GetValueOrDefault(p.Id)?.ObjectId ?? 0).Where(id => id != 0).ToList();
        var stored = await context.Store.ObjectsAsync(org, targets, ct);
        foreach (var (item, id, hash, issues) in pending)
        {
            var record = item.Record;
            var number = record.Object.ObjectNumber.Trim();
            var current = known.TryGetValue(id, out var row) ? stored.GetValueOrDefault(row.ObjectId) : null;
            // Never overwrite a registrar's record (or another source's): a number that is another object's is refused.
            if (byNumber.TryGetValue(number, out var other) && other != current?.Id)
            {
                issues.Add(Error("objectNumber",
                    $"Objectnummer ‘{number}’ is in Depot al van een ander object van de organisatie; een geoogst record overschrijft het niet.",
                    $"Object number ‘{number}’ already belongs to another object of the organisation in Depot; a harvested record does not overwrite it."));
                decision.Refuse(record, issues);
                continue;
            }
            var mapped = RecordMapper.Map(record, context.Authorities, decision.Batch, issues);
            // The source published it: a harvested object is public, so the portal, LDES and OAI-PMH carry it.
            mapped.PublicationStatus = PublicationStatus.Public;
            decision.Versions[id] = item.SourceVersion;
            if (current is null)
            {
                decision.Batch.Creates.Add(new ImportWrite(id, hash, mapped));
                decision.Added++;
                continue;
            }
            var restore = current.IsDeleted || row!.Withdrawn;
            var changed = ImportRunner.ChangedFields(current, mapped).Count > 0;
            var write = new ImportWrite(id, hash, mapped, current.Id, Undelete: current.IsDeleted);
            if (changed) decision.Batch.Updates.Add(write); else decision.Batch.Touches.Add(write);
            if (restore) decision.Restored++;
            else if (changed) decision.Updated++;
            else decision.Unchanged++;
        }
    }

    private async Task<Dictionary<string, HarvestedRecord>> KnownAsync(HarvestSource source, List<string> identifiers, CancellationToken ct)
    {
        if (identifiers.Count == 0) return [];
        await using var db = database.CreateContext();
        return await db.HarvestedRecords.AsNoTracking()
            .Where(h => h.SourceId == source.Id && EF.Parameter(identifiers).Contains(h.SourceIdentifier))
            .ToDictionaryAsync(h => h.SourceIdentifier, StringComparer.Ordinal, ct);
    }

    /// <summary>The reader's issues and the object's own rules, unless the reader already named an error in that field.</summary>
    private static List<SourceIssue> Issues(SourceRecord record) =>
    [
        .. record.Issues,
        .. RecordMapper.Check(record.Object)
            .Where(c => !record.Issues.Any(r => r.Severity == IssueSeverity.Error && c.Field.StartsWith(r.Field, StringComparison.OrdinalIgnoreCase))),
    ];

    private static SourceIssue Error(string field, string nl, string en) => new(IssueSeverity.Error, field, nl, en);
}
