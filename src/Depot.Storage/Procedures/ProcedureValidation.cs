using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Procedures;

/// <summary>The procedure rules that need the database: references exist here, status moves from the stored status, one active loan per object.</summary>
internal static class ProcedureValidation
{
    public static async Task ValidateAsync(DepotDbContext db, long organisationId, IProcedure record, DateOnly today, CancellationToken ct)
    {
        var errors = record switch
        {
            ObjectEntry e => ProcedureRules.Validate(e, await PreviousAsync<ObjectEntry, EntryStatus>(db, e, x => x.Status, ct)),
            ObjectAcquisition a => ProcedureRules.Validate(a, await PreviousAsync<ObjectAcquisition, AcquisitionStatus>(db, a, x => x.Status, ct)),
            Loan l => LoanRules.Validate(l, await PreviousAsync<Loan, LoanStatus>(db, l, x => x.Status, ct)),
            ConditionCheck c => ProcedureRules.Validate(c, today),
            ObjectExit x => ProcedureRules.Validate(x, await PreviousAsync<ObjectExit, ExitStatus>(db, x, r => r.Status, ct)),
            _ => [],
        };
        if (!string.IsNullOrEmpty(record.Number) && await NumberTakenAsync(db, organisationId, record, ct))
            errors.Add(DuplicateNumber(record.Number));

        var ids = record.ObjectIds;
        var objects = await db.Objects.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && ids.Contains(o.Id))
            .Select(o => new { o.Id, o.ObjectNumber, o.CollectionStatus }).ToListAsync(ct);
        foreach (var missing in record.ObjectIds.Except(objects.Select(o => o.Id)))
            errors.Add(new FieldError("objects", "object.unknown", $"Object {missing} bestaat niet in deze organisatie.",
                $"Object {missing} does not exist in this organisation."));

        var (agents, concepts) = References(record);
        await CheckAgentsAsync(db, organisationId, agents, errors, ct);
        await CheckConceptsAsync(db, organisationId, concepts, errors, ct);

        if (record is Loan { Direction: LoanDirection.Out } loan && LoanRules.IsActive(loan.Status))
            foreach (var exited in objects.Where(o => o.CollectionStatus == CollectionStatus.Exited))
                errors.Add(new FieldError("objects", "loan.objectExited", $"Object {exited.ObjectNumber} is niet meer in de collectie.",
                    $"Object {exited.ObjectNumber} is no longer in the collection."));
        if (record is Loan active && LoanRules.IsActive(active.Status))
            errors.AddRange(await OnOtherLoansAsync(db, organisationId, active, ct));
        if (record is ObjectExit { Status: ExitStatus.Completed } exit)
            errors.AddRange((await ActiveLoansAsync(db, organisationId, exit.ObjectIds, exceptLoanId: 0, ct))
                .Select(c => ProcedureRules.OnLoanCannotExit(c.ObjectNumber, c.LoanNumber)));
        if (record is ObjectAcquisition acquisition)
        {
            var entryIds = acquisition.EntryIds;
            var known = await db.Set<ObjectEntry>().CountAsync(e => e.OrganisationId == organisationId && !e.IsDeleted && entryIds.Contains(e.Id), ct);
            if (known != acquisition.EntryIds.Distinct().Count())
                errors.Add(new FieldError("entries", "entry.unknown", "Een gekozen objectinstroom bestaat niet in deze organisatie.",
                    "A chosen object entry does not exist in this organisation."));
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    public static FieldError DuplicateNumber(string number) => new("number", "number.duplicate",
        $"Nummer ‘{number}’ is al in gebruik. Laat het veld leeg voor het volgende vrije nummer.",
        $"Number ‘{number}’ is already in use. Leave the field empty to get the next free number.");

    private static async Task<TStatus?> PreviousAsync<T, TStatus>(DepotDbContext db, T record, System.Linq.Expressions.Expression<Func<T, TStatus>> status, CancellationToken ct)
        where T : class, IProcedure where TStatus : struct
    {
        if (record.Id == 0) return null;
        var previous = await db.Set<T>().AsNoTracking().Where(r => r.Id == record.Id && r.OrganisationId == record.OrganisationId)
            .Select(status).ToListAsync(ct);
        return previous.Count == 0 ? null : previous[0];
    }

    private static Task<bool> NumberTakenAsync(DepotDbContext db, long organisationId, IProcedure record, CancellationToken ct) => record switch
    {
        ObjectEntry => Taken<ObjectEntry>(db, organisationId, record, ct),
        ObjectAcquisition => Taken<ObjectAcquisition>(db, organisationId, record, ct),
        Loan => Taken<Loan>(db, organisationId, record, ct),
        ConditionCheck => Taken<ConditionCheck>(db, organisationId, record, ct),
        ObjectExit => Taken<ObjectExit>(db, organisationId, record, ct),
        _ => Task.FromResult(false),
    };

    private static Task<bool> Taken<T>(DepotDbContext db, long organisationId, IProcedure record, CancellationToken ct) where T : class, IProcedure =>
        db.Set<T>().AnyAsync(r => r.OrganisationId == organisationId && r.Number == record.Number && r.Id != record.Id, ct);

    private static (List<(string Field, long Id)> Agents, List<(string Field, long Id, ThesaurusPurpose Purpose)> Concepts) References(IProcedure record)
    {
        List<(string, long?)> agents = record switch
        {
            ObjectEntry e => [("depositor", e.DepositorId)],
            ObjectAcquisition a => [("source", a.SourceId)],
            Loan l => [("partner", l.PartnerId)],
            ConditionCheck c => [("checker", c.CheckerId)],
            ObjectExit x => [("recipient", x.RecipientId)],
            _ => [],
        };
        List<(string, long?, ThesaurusPurpose)> concepts = record switch
        {
            ObjectAcquisition a => [("method", a.MethodId, ThesaurusPurpose.AcquisitionMethod)],
            ConditionCheck c => [("condition", c.ConditionId, ThesaurusPurpose.Condition)],
            _ => [],
        };
        return ([.. agents.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!.Value))],
            [.. concepts.Where(c => c.Item2 is not null).Select(c => (c.Item1, c.Item2!.Value, c.Item3))]);
    }

    private static async Task CheckAgentsAsync(DepotDbContext db, long organisationId, List<(string Field, long Id)> agents, List<FieldError> errors, CancellationToken ct)
    {
        foreach (var (field, id) in agents)
            if (!await db.Agents.AnyAsync(a => a.Id == id && a.OrganisationId == organisationId && !a.IsDeleted, ct))
                errors.Add(new FieldError(field, "agent.unknown", $"Persoon of organisatie {id} bestaat niet in deze organisatie.",
                    $"Agent {id} does not exist in this organisation."));
    }

    private static async Task CheckConceptsAsync(DepotDbContext db, long organisationId, List<(string Field, long Id, ThesaurusPurpose Purpose)> concepts,
        List<FieldError> errors, CancellationToken ct)
    {
        foreach (var (field, id, purpose) in concepts)
        {
            var found = await (from c in db.Concepts
                               join s in db.ConceptSchemes on c.SchemeId equals s.Id
                               where c.Id == id && c.OrganisationId == organisationId && !c.IsDeleted
                               select s.Purpose).ToListAsync(ct);
            if (found.Count == 0 || (found[0] != purpose && found[0] != ThesaurusPurpose.General))
                errors.Add(new FieldError(field, "concept.unknown", $"Term {id} bestaat niet in de juiste thesaurus van deze organisatie.",
                    $"Term {id} does not exist in the right thesaurus of this organisation."));
        }
    }

    private static async Task<List<FieldError>> OnOtherLoansAsync(DepotDbContext db, long organisationId, Loan loan, CancellationToken ct) =>
        [.. (await ActiveLoansAsync(db, organisationId, loan.ObjectIds, loan.Id, ct)).Select(c => LoanRules.AlreadyOnLoan(c.ObjectNumber, c.LoanNumber))];

    /// <summary>Which of these objects are committed to an active loan (other than <paramref name="exceptLoanId"/>), and to which.</summary>
    private static async Task<List<(string ObjectNumber, string LoanNumber)>> ActiveLoansAsync(DepotDbContext db, long organisationId,
        List<long> ids, long exceptLoanId, CancellationToken ct)
    {
        var clashes = await (from p in db.Set<ProcedureObject>()
                             join l in db.Set<Loan>() on p.RecordId equals l.Id
                             join o in db.Objects on p.ObjectId equals o.Id
                             where p.OrganisationId == organisationId && p.RecordType == RecordType.Loan && p.ActiveLoan == 1
                                   && p.RecordId != exceptLoanId && ids.Contains(p.ObjectId)
                             select new { o.ObjectNumber, l.Number }).ToListAsync(ct);
        return [.. clashes.Select(c => (c.ObjectNumber, c.Number))];
    }
}
