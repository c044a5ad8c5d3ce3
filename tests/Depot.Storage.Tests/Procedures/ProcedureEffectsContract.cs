using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Procedures;

/// <summary>What procedures do to each other and to their objects, on SQLite and on PostgreSQL.</summary>
public sealed class ProcedureEffectsContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Completing_an_acquisition_closes_its_entries_each_with_a_version(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var donor = await w.AddAgentAsync("Familie Verhaeghe", Ct);
        var gift = await w.AddConceptAsync("schenking", Ct);
        var first = await w.Records.CreateAsync(w.OrganisationId,
            new ObjectEntry { DepositorId = donor.Id, EntryDate = Today, NewObjectNumbers = ["2026.1"] }, w.Registrar, Ct);
        var second = await w.Records.CreateAsync(w.OrganisationId,
            new ObjectEntry { DepositorId = donor.Id, EntryDate = Today, NewObjectNumbers = ["2026.2"] }, w.Registrar, Ct);
        var acquisition = await w.Records.CreateAsync(w.OrganisationId, new ObjectAcquisition
        { EntryIds = [first.Id, second.Id], SourceId = donor.Id, MethodId = gift.Id, Date = Today }, w.Registrar, Ct);
        Assert.Equal(EntryStatus.Open, (await w.Records.GetAsync<ObjectEntry>(w.OrganisationId, first.Id, Ct)).Status);

        acquisition.Status = AcquisitionStatus.Completed;
        await w.Records.UpdateAsync(w.OrganisationId, acquisition, 1, w.Registrar, Ct);
        acquisition.Note = "akte ontvangen";
        await w.Records.UpdateAsync(w.OrganisationId, acquisition, 2, w.Registrar, Ct);

        foreach (var id in new[] { first.Id, second.Id })
        {
            var entry = await w.Records.GetAsync<ObjectEntry>(w.OrganisationId, id, Ct);
            Assert.Equal(EntryStatus.Closed, entry.Status);
            Assert.Equal(2, entry.Version);
            var versions = await w.History.ListAsync(w.OrganisationId, RecordType.ObjectEntry, id, Ct);
            Assert.Contains(versions, v => v.Version == 2 && v.Note == acquisition.Number && v.ChangedFields.Contains("status"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Object_on_an_active_loan_cannot_be_exited_until_the_loan_is_returned(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var borrower = await w.AddAgentAsync("M HKA", Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "2019.7" }, w.Registrar, Ct);
        var loan = await w.Records.CreateAsync(w.OrganisationId, new Loan
        { PartnerId = borrower.Id, StartDate = Today.AddDays(-10), EndDate = Today.AddDays(30), ObjectIds = [o.Id], Status = LoanStatus.OnLoan }, w.Registrar, Ct);
        var exit = await w.Records.CreateAsync(w.OrganisationId, new ObjectExit
        { ObjectIds = [o.Id], Reason = ExitReason.Transfer, ExitDate = Today, Destination = "Stadsarchief Gent" }, w.Registrar, Ct);

        exit.Status = ExitStatus.Completed;
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => w.Records.UpdateAsync(w.OrganisationId, exit, 1, w.Registrar, Ct));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("exit.objectOnLoan", error.Code);
        Assert.Contains($"2019.7 is in bruikleen ({loan.Number})", error.MessageNl, StringComparison.Ordinal);
        Assert.Contains("is on loan", error.MessageEn, StringComparison.Ordinal);
        Assert.Equal(CollectionStatus.InCollection, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).CollectionStatus);

        loan.Status = LoanStatus.Returned;
        loan.ReturnDate = Today;
        await w.Records.UpdateAsync(w.OrganisationId, loan, 1, w.Registrar, Ct);
        await w.Records.UpdateAsync(w.OrganisationId, exit, 1, w.Registrar, Ct);
        Assert.Equal(CollectionStatus.Exited, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).CollectionStatus);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Procedure_whose_effects_stand_cannot_be_deleted_but_a_proposed_one_can(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var donor = await w.AddAgentAsync("Familie Verhaeghe", Ct);
        var gift = await w.AddConceptAsync("schenking", Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "2026.9" }, w.Registrar, Ct);
        var completed = await w.Records.CreateAsync(w.OrganisationId, new ObjectAcquisition
        { ObjectIds = [o.Id], SourceId = donor.Id, MethodId = gift.Id, Date = Today, Status = AcquisitionStatus.Completed }, w.Registrar, Ct);
        var proposed = await w.Records.CreateAsync(w.OrganisationId, new ObjectAcquisition { ObjectIds = [o.Id] }, w.Registrar, Ct);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            w.Records.DeleteAsync<ObjectAcquisition>(w.OrganisationId, completed.Id, 1, w.Registrar, Ct));
        var deleted = await w.Records.DeleteAsync<ObjectAcquisition>(w.OrganisationId, proposed.Id, 1, w.Registrar, Ct);

        Assert.Equal("procedure.cannotDelete", Assert.Single(ex.Errors).Code);
        Assert.False((await w.Records.GetAsync<ObjectAcquisition>(w.OrganisationId, completed.Id, Ct)).IsDeleted);
        Assert.True(deleted.IsDeleted);
    }
}
