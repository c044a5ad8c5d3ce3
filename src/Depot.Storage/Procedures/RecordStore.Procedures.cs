using Depot.Core;
using Depot.Core.History;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

// Procedures inside the save's transaction: a number before validation; afterwards the derived
// procedure_objects rows and the effects on the objects (each changed object gets a version).
public sealed partial class RecordStore
{
    private async Task PrepareAsync<T>(DepotDbContext db, long organisationId, T record, Actor actor, CancellationToken ct)
        where T : class, IVersionedRecord
    {
        if (record is not IProcedure procedure) return;
        procedure.Number = procedure.Number.Trim();
        if (procedure.Number.Length == 0)
            procedure.Number = record switch
            {
                ObjectEntry => await ProcedureNumbering.NextAsync<ObjectEntry>(db, organisationId, RecordType.ObjectEntry, Year(record), ct),
                ObjectAcquisition => await ProcedureNumbering.NextAsync<ObjectAcquisition>(db, organisationId, RecordType.Acquisition, Year(record), ct),
                Loan => await ProcedureNumbering.NextAsync<Loan>(db, organisationId, RecordType.Loan, Year(record), ct),
                ConditionCheck => await ProcedureNumbering.NextAsync<ConditionCheck>(db, organisationId, RecordType.ConditionCheck, Year(record), ct),
                ObjectExit => await ProcedureNumbering.NextAsync<ObjectExit>(db, organisationId, RecordType.ObjectExit, Year(record), ct),
                _ => "",
            };
        procedure.ObjectIds = [.. procedure.ObjectIds.Distinct()];
        if (record is ObjectEntry { NewObjectNumbers.Count: > 0 } entry)
            await RegisterEnteredObjectsAsync(db, organisationId, entry, actor, ct);
        if (record is ObjectAcquisition { EntryIds.Count: > 0 } acquisition)
        {
            // An acquisition that follows entries covers their objects.
            var entryIds = acquisition.EntryIds;
            var entries = await db.Set<ObjectEntry>().AsNoTracking()
                .Where(e => e.OrganisationId == organisationId && entryIds.Contains(e.Id)).Select(e => e.ObjectIds).ToListAsync(ct);
            acquisition.ObjectIds = [.. acquisition.ObjectIds.Concat(entries.SelectMany(ids => ids)).Distinct()];
        }
    }

    private int Year<T>(T record) where T : IVersionedRecord =>
        (record.CreatedAt == default ? clock.GetUtcNow() : record.CreatedAt).Year;

    private static Task ValidateProcedureAsync(DepotDbContext db, long organisationId, IProcedure record, DateTimeOffset now, CancellationToken ct) =>
        ProcedureValidation.ValidateAsync(db, organisationId, record, DateOnly.FromDateTime(now.UtcDateTime), ct);

    /// <summary>New objects the entry brings in, registered as entered (not yet in the collection).</summary>
    private async Task RegisterEnteredObjectsAsync(DepotDbContext db, long organisationId, ObjectEntry entry, Actor actor, CancellationToken ct)
    {
        foreach (var number in entry.NewObjectNumbers.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct())
        {
            var o = new CollectionObject { ObjectNumber = number, CollectionStatus = CollectionStatus.Entered, NumberOfParts = 1 };
            var now = clock.GetUtcNow();
            o.OrganisationId = organisationId;
            o.Version = 1;
            o.CreatedAt = now;
            o.UpdatedAt = now;
            o.UpdatedBy = actor.Name;
            await ObjectValidation.ValidateAsync(db, organisationId, o, ct);
            db.Add(o);
            BeforeSave(db, o);
            await SaveAsync(db, o, ct);
            await ObjectIndexing.WriteAsync(db, o, ct);
            AddVersion(db, o, ChangeKind.Created, actor, entry.Number, previousSnapshot: null);
            entry.ObjectIds.Add(o.Id);
        }
        entry.NewObjectNumbers = [];
        await db.SaveChangesAsync(ct);
    }

    private async Task AfterProcedureSaveAsync(DepotDbContext db, IProcedure record, Actor actor, CancellationToken ct)
    {
        var type = RecordKinds.Of(record.GetType());
        await db.Set<ProcedureObject>().Where(p => p.RecordType == type && p.RecordId == record.Id).ExecuteDeleteAsync(ct);
        if (record.IsDeleted) return;
        int? active = record is Loan loan && LoanRules.IsActive(loan.Status) ? 1 : null;
        db.AddRange(record.ObjectIds.Select(id => new ProcedureObject
        {
            OrganisationId = record.OrganisationId,
            RecordType = type,
            RecordId = record.Id,
            ObjectId = id,
            ActiveLoan = active,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Two loans of the same object saved at once: the unique index is the second lock.
            throw new Core.Validation.ValidationFailedException([LoanRules.OnLoanMeanwhile]);
        }
        await ProcedureEffects.ApplyAsync(this, db, record, actor, ct);
    }

    /// <summary>Changes objects in the caller's transaction, each with a version noting the procedure.</summary>
    internal async Task ChangeObjectsAsync(DepotDbContext db, long organisationId, IReadOnlyCollection<long> ids, Actor actor, string note,
        Func<CollectionObject, bool> change, CancellationToken ct)
    {
        var objects = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && !o.IsDeleted && ids.Contains(o.Id)).ToListAsync(ct);
        foreach (var o in objects)
        {
            var before = DepotJson.Serialize(o);
            if (!change(o)) continue;
            var expected = o.Version;
            o.Version = expected + 1;
            o.UpdatedAt = clock.GetUtcNow();
            o.UpdatedBy = actor.Name;
            var entry = db.Attach(o);
            entry.State = EntityState.Modified;
            entry.Property(x => x.Version).OriginalValue = expected;
            BeforeSave(db, o);
            await db.SaveChangesAsync(ct);
            await ObjectIndexing.WriteAsync(db, o, ct);
            AddVersion(db, o, ChangeKind.Updated, actor, note, before);
            await db.SaveChangesAsync(ct);
            entry.State = EntityState.Detached;
        }
    }
}
