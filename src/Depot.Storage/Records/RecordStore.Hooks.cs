using Depot.Core;
using Depot.Core.Inventories;
using Depot.Core.Locations;
using Depot.Core.Procedures;
using Depot.Core.Movements;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Storage.Records;

// What differs per record type: validation against the database, and the derived rows
// (sort columns, facet rows, search index) written in the same transaction.
public sealed partial class RecordStore
{
    private static void SetOrganisation<T>(T record, long organisationId) where T : IVersionedRecord => record.OrganisationId = organisationId;

    private static void SetId<T>(T record, long id) where T : IVersionedRecord => record.Id = id;

    private static Task ValidateAsync<T>(DepotDbContext db, long organisationId, T record, CancellationToken ct) where T : IVersionedRecord =>
        record switch
        {
            CollectionObject o => ObjectValidation.ValidateAsync(db, organisationId, o, ct),
            Agent a => Throw(AuthorityRules.Validate(a)),
            Place p => Throw(AuthorityRules.Validate(p)),
            Concept c => AuthorityRules.ValidateAsync(db, organisationId, c, ct),
            Location l => AuthorityRules.ValidateAsync(db, organisationId, l, ct),
            IProcedure p => ValidateProcedureAsync(db, organisationId, p, p.UpdatedAt, ct),
            Movement m => Movements.MovementValidation.ValidateAsync(db, organisationId, m, ct),
            Inventory i => Inventories.InventoryValidation.ValidateAsync(db, organisationId, i, ct),
            _ => Task.CompletedTask,
        };

    private static Task Throw(IReadOnlyList<FieldError> errors) =>
        errors.Count > 0 ? Task.FromException(new ValidationFailedException(errors)) : Task.CompletedTask;

    private static void BeforeSave<T>(DepotDbContext db, T record) where T : class, IVersionedRecord
    {
        if (record is CollectionObject o) ObjectIndexing.SetSortColumns(db.Entry(o), o);
    }

    private async Task AfterSaveAsync<T>(DepotDbContext db, T record, Actor actor, CancellationToken ct) where T : class, IVersionedRecord
    {
        if (record is CollectionObject o)
            await ObjectIndexing.WriteAsync(db, o, ct);
        if (record is IProcedure p)
            await AfterProcedureSaveAsync(db, p, actor, ct);
    }

    /// <summary>Some records may not be deleted in their present state; the refusal says why.</summary>
    private static void CheckDeletable<T>(T record)
    {
        if (record is IProcedure p && !ProcedureRules.CanDelete(p)) throw new ValidationFailedException([ProcedureRules.CannotDelete]);
    }

    private static FieldError UniqueViolation<T>(T record) => record switch
    {
        CollectionObject o => ObjectValidation.DuplicateNumber(o.ObjectNumber),
        IProcedure p => Procedures.ProcedureValidation.DuplicateNumber(p.Number),
        _ => new FieldError("", "unique", "Dit record bestaat al.", "This record already exists."),
    };
}
