using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Procedures;

/// <summary>Procedures in the record store, run on SQLite and on PostgreSQL.</summary>
public sealed class ProcedureStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static int Year => DateTime.UtcNow.Year;

    private static async Task<(long Borrower, long[] Objects)> ArrangeAsync(StoreWorld w, int objects = 2)
    {
        var borrower = await w.AddAgentAsync("M HKA", Ct);
        var ids = new long[objects];
        for (var i = 0; i < objects; i++)
            ids[i] = (await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = $"2019.{i + 1}" }, w.Registrar, Ct)).Id;
        return (borrower.Id, ids);
    }

    private static Loan NewLoan(long borrower, params long[] objects) => new()
    {
        PartnerId = borrower,
        StartDate = Today.AddDays(-30),
        EndDate = Today.AddDays(60),
        ObjectIds = [.. objects],
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Numbers_count_up_per_organisation_and_procedure(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "archief-test", Ct);
        var otherAgent = await w.Records.CreateAsync(other, new Core.Registration.Authorities.Agent { Name = "x" }, w.Registrar, Ct);
        var otherObject = await w.Records.CreateAsync(other, new CollectionObject { ObjectNumber = "1" }, w.Registrar, Ct);

        var first = await w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[0]), w.Registrar, Ct);
        var second = await w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[1]), w.Registrar, Ct);
        var entry = await w.Records.CreateAsync(w.OrganisationId,
            new ObjectEntry { DepositorId = borrower, EntryDate = Today, ObjectIds = [objects[0]] }, w.Registrar, Ct);
        var elsewhere = await w.Records.CreateAsync(other, NewLoan(otherAgent.Id, otherObject.Id), w.Registrar, Ct);

        Assert.Equal($"BL-{Year}-0001", first.Number);
        Assert.Equal($"BL-{Year}-0002", second.Number);
        Assert.Equal($"IN-{Year}-0001", entry.Number);
        Assert.Equal($"BL-{Year}-0001", elsewhere.Number);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Loans_saved_at_the_same_time_get_different_numbers(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w, 1);

        var loans = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[0]), w.Registrar, Ct), Ct)));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"BL-{Year}-{i:0000}"), loans.Select(l => l.Number).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Number_typed_by_hand_is_kept_and_skipped_by_the_counter_and_a_duplicate_is_refused(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w, 1);
        var manual = NewLoan(borrower, objects[0]);
        manual.Number = $"BL-{Year}-0001";
        await w.Records.CreateAsync(w.OrganisationId, manual, w.Registrar, Ct);

        var next = await w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[0]), w.Registrar, Ct);
        var duplicate = NewLoan(borrower, objects[0]);
        duplicate.Number = next.Number;
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => w.Records.CreateAsync(w.OrganisationId, duplicate, w.Registrar, Ct));

        Assert.Equal($"BL-{Year}-0002", next.Number);
        Assert.Equal("number.duplicate", Assert.Single(ex.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Object_on_an_active_loan_cannot_be_lent_again_until_it_returns(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w);
        var loan = await w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[0], objects[1]), w.Registrar, Ct);
        loan.Status = LoanStatus.Agreed;
        loan = await w.Records.UpdateAsync(w.OrganisationId, loan, 1, w.Registrar, Ct);
        loan.Status = LoanStatus.OnLoan;
        loan = await w.Records.UpdateAsync(w.OrganisationId, loan, 2, w.Registrar, Ct);

        var second = NewLoan(borrower, objects[1]);
        second.Status = LoanStatus.Agreed;
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => w.Records.CreateAsync(w.OrganisationId, second, w.Registrar, Ct));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("loan.objectOnLoan", error.Code);
        Assert.Contains("2019.2", error.MessageNl, StringComparison.Ordinal);

        loan.Status = LoanStatus.Returned;
        loan.ReturnDate = Today;
        await w.Records.UpdateAsync(w.OrganisationId, loan, 3, w.Registrar, Ct);
        var again = await w.Records.CreateAsync(w.OrganisationId, second, w.Registrar, Ct);
        Assert.Equal(LoanStatus.Agreed, again.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Status_cannot_jump_from_requested_to_returned(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w, 1);
        var loan = await w.Records.CreateAsync(w.OrganisationId, NewLoan(borrower, objects[0]), w.Registrar, Ct);
        loan.Status = LoanStatus.Returned;
        loan.ReturnDate = Today;

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => w.Records.UpdateAsync(w.OrganisationId, loan, 1, w.Registrar, Ct));

        Assert.Equal("status.transition", Assert.Single(ex.Errors).Code);
        Assert.Equal(LoanStatus.Requested, (await w.Records.GetAsync<Loan>(w.OrganisationId, loan.Id, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Completed_acquisition_turns_entered_objects_into_collection_objects_each_with_a_version(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var donor = await w.AddAgentAsync("Familie Verhaeghe", Ct);
        var gift = await w.AddConceptAsync("schenking", Ct);
        var entry = await w.Records.CreateAsync(w.OrganisationId, new ObjectEntry
        {
            DepositorId = donor.Id,
            EntryDate = Today,
            Reason = EntryReason.GiftOffer,
            NewObjectNumbers = ["2026.1", "2026.2"],
        }, w.Registrar, Ct);
        var entered = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, entry.ObjectIds[0], Ct);
        Assert.Equal(CollectionStatus.Entered, entered.CollectionStatus);
        Assert.Equal(2, entry.ObjectIds.Count);

        var acquisition = await w.Records.CreateAsync(w.OrganisationId, new ObjectAcquisition
        {
            EntryIds = [entry.Id],
            SourceId = donor.Id,
            MethodId = gift.Id,
            Date = Today,
            TitleTransferReference = "Schenkingsakte 2026/14",
        }, w.Registrar, Ct);
        Assert.Equal(entry.ObjectIds, acquisition.ObjectIds);
        Assert.Equal(CollectionStatus.Entered, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, entry.ObjectIds[1], Ct)).CollectionStatus);

        acquisition.Status = AcquisitionStatus.Completed;
        await w.Records.UpdateAsync(w.OrganisationId, acquisition, 1, w.Registrar, Ct);

        foreach (var id in entry.ObjectIds)
        {
            var o = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, id, Ct);
            Assert.Equal(CollectionStatus.InCollection, o.CollectionStatus);
            Assert.Equal(new Acquisition(gift.Id, donor.Id, Today, $"VW-{Year}-0001"), o.Acquisition);
            Assert.Equal(2, o.Version);
            var versions = await w.History.ListAsync(w.OrganisationId, RecordType.Object, id, Ct);
            Assert.Contains(versions, v => v.Version == 2 && v.Note == $"VW-{Year}-0001" && v.ChangedFields.Contains("collectionStatus"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Completed_exit_keeps_the_object_marked_as_exited(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (_, objects) = await ArrangeAsync(w, 1);
        var exit = await w.Records.CreateAsync(w.OrganisationId, new ObjectExit
        {
            ObjectIds = [objects[0]],
            Reason = ExitReason.Deaccession,
            AuthorisedBy = "Raad van bestuur",
            AuthorisationDate = Today.AddDays(-20),
            AuthorisationReference = "RvB 2026/07",
            ExitDate = Today,
            Destination = "Stadsarchief Gent",
        }, w.Registrar, Ct);
        exit.Status = ExitStatus.Completed;
        await w.Records.UpdateAsync(w.OrganisationId, exit, 1, w.Registrar, Ct);

        var o = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, objects[0], Ct);
        Assert.Equal(CollectionStatus.Exited, o.CollectionStatus);
        Assert.False(o.IsDeleted);

        var (borrower, _) = (await w.AddAgentAsync("STAM", Ct), 0);
        var loan = NewLoan(borrower.Id, objects[0]);
        loan.Status = LoanStatus.Agreed;
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => w.Records.CreateAsync(w.OrganisationId, loan, w.Registrar, Ct));
        Assert.Equal("loan.objectExited", Assert.Single(ex.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Object_condition_follows_the_latest_check_by_date(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (_, objects) = await ArrangeAsync(w, 1);
        var good = await w.AddConceptAsync("goed", Ct);
        var fair = await w.AddConceptAsync("matig", Ct);
        await w.Records.CreateAsync(w.OrganisationId, new ConditionCheck
        {
            Date = Today,
            CheckerName = "Els Janssens",
            ConditionId = fair.Id,
            ObjectIds = [objects[0]],
        }, w.Registrar, Ct);
        Assert.Equal(fair.Id, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, objects[0], Ct)).ConditionId);

        // An older check entered later does not overrule the newer one.
        await w.Records.CreateAsync(w.OrganisationId, new ConditionCheck
        {
            Date = Today.AddYears(-2),
            CheckerName = "Els Janssens",
            ConditionId = good.Id,
            ObjectIds = [objects[0]],
        }, w.Registrar, Ct);

        var o = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, objects[0], Ct);
        Assert.Equal(fair.Id, o.ConditionId);
        Assert.Equal(2, o.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Deleting_a_loan_frees_its_objects_and_its_rows_are_derived(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (borrower, objects) = await ArrangeAsync(w, 1);
        var loan = NewLoan(borrower, objects[0]);
        loan.Status = LoanStatus.Agreed;
        loan = await w.Records.CreateAsync(w.OrganisationId, loan, w.Registrar, Ct);
        await using (var db = w.Database.CreateContext())
            Assert.Equal(1, (await db.Set<ProcedureObject>().SingleAsync(p => p.RecordId == loan.Id, Ct)).ActiveLoan);

        await w.Records.DeleteAsync<Loan>(w.OrganisationId, loan.Id, 1, w.Registrar, Ct);

        await using (var db = w.Database.CreateContext())
            Assert.False(await db.Set<ProcedureObject>().AnyAsync(p => p.RecordId == loan.Id, Ct));
        var next = NewLoan(borrower, objects[0]);
        next.Status = LoanStatus.Agreed;
        Assert.Equal(LoanStatus.Agreed, (await w.Records.CreateAsync(w.OrganisationId, next, w.Registrar, Ct)).Status);
    }
}
