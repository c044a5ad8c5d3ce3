using Depot.Core.Procedures;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Demo;

/// <summary>
/// Procedures for the demo organisation: a gift that came in and was acquired, an enquiry still in
/// house, loans out (one overdue, one agreed, one returned) and in, condition checks and one
/// deaccession. Dates are relative to today, so the overdue loan stays overdue.
/// </summary>
public static class ProcedureDemo
{
    private static readonly Actor Registrar = new(null, "An Peeters (demo)");

    public static async Task SeedAsync(IServiceProvider services, long organisationId, CancellationToken ct)
    {
        var database = services.GetRequiredService<DepotDatabase>();
        var store = services.GetRequiredService<RecordStore>();
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var db = database.CreateContext();
        var objects = await db.Objects.Where(o => o.OrganisationId == organisationId).OrderBy(o => o.Id).Select(o => o.Id).Take(12).ToListAsync(ct);
        if (objects.Count < 12) return;
        var conditions = await Concepts(db, organisationId, ThesaurusPurpose.Condition, ct);
        var methods = await Concepts(db, organisationId, ThesaurusPurpose.AcquisitionMethod, ct);

        async Task<long> Agent(string name, AgentKind kind) =>
            (await store.CreateAsync(organisationId, new Agent { Name = name, Kind = kind }, Registrar, ct)).Id;
        var family = await Agent("Familie Van Damme", AgentKind.Person);
        var visitor = await Agent("Peeters, Jan", AgentKind.Person);
        var mLeuven = await Agent("M Leuven", AgentKind.Organisation);
        var busleyden = await Agent("Hof van Busleyden, Mechelen", AgentKind.Organisation);
        var kbr = await Agent("KBR, Koninklijke Bibliotheek van België", AgentKind.Organisation);
        var lier = await Agent("Stadsmuseum Lier", AgentKind.Organisation);

        var gift = await store.CreateAsync(organisationId, new ObjectEntry
        {
            DepositorId = family,
            Reason = EntryReason.GiftOffer,
            EntryDate = today.AddDays(-45),
            NewObjectNumbers = [$"SCH.{today.Year}.1", $"SCH.{today.Year}.2"],
            Note = "Twee merklappen uit de nalatenschap van Maria Van Damme (Lier), aangeboden als schenking.",
        }, Registrar, ct);
        await store.CreateAsync(organisationId, new ObjectEntry
        {
            DepositorId = visitor,
            Reason = EntryReason.Identification,
            EntryDate = today.AddDays(-10),
            ExpectedReturnDate = today.AddDays(20),
            NewObjectNumbers = [$"TIJD.{today.Year}.014"],
            Note = "Koperen doopschaal ter determinatie; de eigenaar haalt ze na advies terug op.",
        }, Registrar, ct);

        var acquisition = await store.CreateAsync(organisationId, new ObjectAcquisition
        {
            EntryIds = [gift.Id],
            SourceId = family,
            MethodId = methods.GetValueOrDefault("schenking"),
            Date = today.AddDays(-14),
            TitleTransferReference = $"Schenkingsovereenkomst {today.Year}/03",
            Funding = "",
            Note = "Aanvaard door de collectiecommissie van 12 maart.",
        }, Registrar, ct);
        acquisition.Status = AcquisitionStatus.Completed;
        await store.UpdateAsync(organisationId, acquisition, acquisition.Version, Registrar, ct);

        // An exhibition loan that should have come back a week ago.
        await LoanAsync(store, organisationId, new Loan
        {
            PartnerId = mLeuven,
            StartDate = today.AddMonths(-4),
            EndDate = today.AddDays(-7),
            ObjectIds = [objects[0], objects[1]],
            InsuranceValues = [new InsuranceValue(objects[0], 45000m), new InsuranceValue(objects[1], 12500m)],
            Conditions = "Klimaat 20 °C ± 2, RV 50 % ± 5; maximaal 50 lux; transport met kunsttransporteur, koerier van het Erfgoedhuis.",
            Note = "Tentoonstelling ‘Meesters van de Kempen’.",
        }, [LoanStatus.Agreed, LoanStatus.OnLoan], today, ct);
        await LoanAsync(store, organisationId, new Loan
        {
            PartnerId = busleyden,
            StartDate = today.AddMonths(1),
            EndDate = today.AddMonths(5),
            ObjectIds = [objects[2]],
            InsuranceTotal = new Money(8000m),
            Conditions = "Vitrine met slot; geen flitsfotografie.",
            Note = "Tentoonstelling ‘Mechelse kant’.",
        }, [LoanStatus.Agreed], today, ct);
        await LoanAsync(store, organisationId, new Loan
        {
            PartnerId = busleyden,
            StartDate = today.AddYears(-1),
            EndDate = today.AddMonths(-8),
            ObjectIds = [objects[3]],
            InsuranceTotal = new Money(3500m),
            Note = "Teruggekeerd in goede staat.",
        }, [LoanStatus.Agreed, LoanStatus.OnLoan, LoanStatus.Returned], today, ct);
        await LoanAsync(store, organisationId, new Loan
        {
            Direction = LoanDirection.In,
            PartnerId = kbr,
            StartDate = today.AddMonths(2),
            EndDate = today.AddMonths(6),
            ObjectIds = [objects[4]],
            Note = "Aanvraag voor een getijdenboek uit de KBR voor de zomertentoonstelling (object tijdelijk geregistreerd).",
        }, [], today, ct);

        var checks = new (int Object, string Condition, int DaysAgo, string Notes)[]
        {
            (0, "goed", 130, "Controle vóór vertrek naar M Leuven; lijst en doek stabiel."),
            (5, "redelijk", 60, "Lichte verkleuring van het vernis rechtsonder; opvolgen bij de volgende controle."),
            (6, "slecht", 20, "Actieve houtworm in de predella; object in quarantaine geplaatst."),
        };
        foreach (var (index, condition, daysAgo, notes) in checks)
            await store.CreateAsync(organisationId, new ConditionCheck
            {
                Date = today.AddDays(-daysAgo),
                CheckerName = "Els Janssens, restaurator",
                ConditionId = conditions.GetValueOrDefault(condition),
                Notes = notes,
                ObjectIds = [objects[index]],
            }, Registrar, ct);

        var exit = await store.CreateAsync(organisationId, new ObjectExit
        {
            Reason = ExitReason.Deaccession,
            AuthorisedBy = "Raad van bestuur",
            AuthorisationDate = today.AddDays(-30),
            AuthorisationReference = $"RvB {today.Year}/04",
            RecipientId = lier,
            ExitDate = today.AddDays(-5),
            Destination = "Overgedragen aan het Stadsmuseum Lier, dat er een beter collectieverband voor heeft.",
            ObjectIds = [objects[11]],
        }, Registrar, ct);
        exit.Status = ExitStatus.Completed;
        await store.UpdateAsync(organisationId, exit, exit.Version, Registrar, ct);
    }

    private static async Task LoanAsync(RecordStore store, long organisationId, Loan loan, LoanStatus[] steps, DateOnly today, CancellationToken ct)
    {
        var saved = await store.CreateAsync(organisationId, loan, Registrar, ct);
        foreach (var step in steps)
        {
            saved.Status = step;
            if (step == LoanStatus.Returned) saved.ReturnDate = saved.EndDate.AddDays(-2) < today ? saved.EndDate.AddDays(-2) : today;
            saved = await store.UpdateAsync(organisationId, saved, saved.Version, Registrar, ct);
        }
    }

    private static async Task<Dictionary<string, long?>> Concepts(DepotDbContext db, long organisationId, ThesaurusPurpose purpose, CancellationToken ct) =>
        (await (from c in db.Concepts
                join s in db.ConceptSchemes on c.SchemeId equals s.Id
                where c.OrganisationId == organisationId && s.Purpose == purpose
                select new { c.Id, c.PrefLabelNl }).ToListAsync(ct))
        .GroupBy(c => c.PrefLabelNl).ToDictionary(g => g.Key, g => (long?)g.First().Id);
}
