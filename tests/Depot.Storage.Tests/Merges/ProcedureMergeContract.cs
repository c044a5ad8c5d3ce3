using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Merges;
using Depot.Storage.Procedures;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Merges;

/// <summary>Merges reach the references procedures hold, and a merge is all or nothing; on SQLite and on PostgreSQL.</summary>
public sealed class ProcedureMergeContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static RecordMerger Merger(StoreWorld w) => new(w.Database, w.Records, TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Merging_two_agents_used_by_a_loan_and_an_object_entry_leaves_no_reference_to_the_removed_one(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var kept = await w.AddAgentAsync("M HKA", Ct);
        var dup = await w.AddAgentAsync("Museum van Hedendaagse Kunst Antwerpen", Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "M.1", Makers = [new MakerCredit(dup.Id)] }, w.Registrar, Ct);
        var loan = await w.Records.CreateAsync(w.OrganisationId, new Loan
        { PartnerId = dup.Id, StartDate = Today, EndDate = Today.AddDays(30), ObjectIds = [o.Id], Status = LoanStatus.Agreed }, w.Registrar, Ct);
        var entry = await w.Records.CreateAsync(w.OrganisationId,
            new ObjectEntry { DepositorId = dup.Id, EntryDate = Today, ObjectIds = [o.Id] }, w.Registrar, Ct);

        var preview = await Merger(w).PreviewAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, Ct);
        var merge = await Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, w.Registrar, Ct);

        Assert.Equal(3, preview.RecordsToChange);
        Assert.Equal(new HashSet<(RecordType, long)> { (RecordType.Object, o.Id), (RecordType.ObjectEntry, entry.Id), (RecordType.Loan, loan.Id) },
            merge.Changes.Select(c => (c.RecordType, c.RecordId)).ToHashSet());
        Assert.Equal(kept.Id, (await w.Records.GetAsync<Loan>(w.OrganisationId, loan.Id, Ct)).PartnerId);
        Assert.Equal(kept.Id, (await w.Records.GetAsync<ObjectEntry>(w.OrganisationId, entry.Id, Ct)).DepositorId);
        Assert.Equal(kept.Id, Assert.Single((await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).Makers).AgentId);
        var loanHistory = await w.History.ListAsync(w.OrganisationId, RecordType.Loan, loan.Id, Ct);
        Assert.Contains("samengevoegd", loanHistory[0].Note, StringComparison.Ordinal);
        Assert.Equal(["partnerId"], loanHistory[0].ChangedFields);
        await using (var db = w.Database.CreateContext())
        {
            // The loan's derived rows survive its rewrite: the object is still committed to it.
            var row = await db.Set<ProcedureObject>().SingleAsync(p => p.RecordType == RecordType.Loan && p.RecordId == loan.Id, Ct);
            Assert.Equal(1, row.ActiveLoan);
            Assert.False(await db.Set<Loan>().AnyAsync(l => l.PartnerId == dup.Id, Ct));
            Assert.False(await db.Set<ObjectEntry>().AnyAsync(e => e.DepositorId == dup.Id, Ct));
        }

        var undone = await Merger(w).UndoAsync(w.OrganisationId, merge.Id, w.Registrar, Ct);
        Assert.True(undone!.Undone);
        Assert.Equal(dup.Id, (await w.Records.GetAsync<Loan>(w.OrganisationId, loan.Id, Ct)).PartnerId);
        Assert.Equal(dup.Id, (await w.Records.GetAsync<ObjectEntry>(w.OrganisationId, entry.Id, Ct)).DepositorId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Merging_concepts_rewrites_a_checks_condition_and_an_acquisitions_method(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var good = await w.AddConceptAsync("goed", Ct);
        var good2 = await w.AddConceptAsync("goede staat", Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "C.1" }, w.Registrar, Ct);
        var check = await w.Records.CreateAsync(w.OrganisationId, new ConditionCheck
        { Date = Today, CheckerName = "Els", ConditionId = good2.Id, ObjectIds = [o.Id], UpdatesObjects = false }, w.Registrar, Ct);
        var acquisition = await w.Records.CreateAsync(w.OrganisationId, new ObjectAcquisition { MethodId = good2.Id, ObjectIds = [o.Id] }, w.Registrar, Ct);

        await Merger(w).MergeAsync(w.OrganisationId, RecordType.Concept, good.Id, good2.Id, w.Registrar, Ct);

        Assert.Equal(good.Id, (await w.Records.GetAsync<ConditionCheck>(w.OrganisationId, check.Id, Ct)).ConditionId);
        Assert.Equal(good.Id, (await w.Records.GetAsync<ObjectAcquisition>(w.OrganisationId, acquisition.Id, Ct)).MethodId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_merge_that_fails_halfway_changes_nothing_and_records_no_merge(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var kept = await w.AddAgentAsync("Familie Verhaeghe", Ct);
        var dup = await w.AddAgentAsync("Fam. Verhaeghe", Ct);
        var made = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "F.1", Makers = [new MakerCredit(dup.Id)] }, w.Registrar, Ct);
        var gone = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "F.2" }, w.Registrar, Ct);
        var entry = await w.Records.CreateAsync(w.OrganisationId,
            new ObjectEntry { DepositorId = dup.Id, EntryDate = Today, ObjectIds = [gone.Id] }, w.Registrar, Ct);
        // The entry's object is deleted afterwards, so rewriting the entry fails validation: after the objects were rewritten.
        await w.Records.DeleteAsync<CollectionObject>(w.OrganisationId, gone.Id, 1, w.Registrar, Ct);

        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, w.Registrar, Ct));

        var object1 = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, made.Id, Ct);
        Assert.Equal(dup.Id, Assert.Single(object1.Makers).AgentId);
        Assert.Equal(1, object1.Version);
        Assert.Single(await w.History.ListAsync(w.OrganisationId, RecordType.Object, made.Id, Ct));
        Assert.NotNull(await w.Records.FindAsync<Core.Registration.Authorities.Agent>(w.OrganisationId, dup.Id, Ct));
        Assert.Equal(dup.Id, (await w.Records.GetAsync<ObjectEntry>(w.OrganisationId, entry.Id, Ct)).DepositorId);
        await using var db = w.Database.CreateContext();
        Assert.False(await db.Set<MergeRecord>().AnyAsync(m => m.OrganisationId == w.OrganisationId, Ct));
    }
}
