using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Harvested;

/// <summary>What the sink refuses, and that a page is in whole or not at all.</summary>
public sealed class HarvestSinkFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_page_that_fails_saves_neither_its_records_nor_the_state_and_the_next_try_writes_it_whole(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records.Take(1), "s1"), Ct);
        // A real database failure at the end of the page (the provenance rows), after its objects were written.
        await FailHarvestedInsertsAsync(world.Database, engine, on: true);

        var failure = await Record.ExceptionAsync(() => world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s2"), Ct));

        Assert.NotNull(failure);
        Assert.Single(await world.ObjectsAsync(world.OrganisationId, Ct));
        Assert.Single(await world.HarvestedAsync(Ct));
        var source = await world.SourceAsync(Ct);
        Assert.Equal(("s1", 1L), (source.State, source.RecordCount));
        await using (var db = world.Database.CreateContext())
            Assert.Equal(1, await db.RecordVersions.CountAsync(v => v.RecordType == Depot.Core.RecordType.Object, Ct));

        await FailHarvestedInsertsAsync(world.Database, engine, on: false);
        var retry = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s2"), Ct);
        Assert.Equal((records.Count - 1, 1), (retry.Added, retry.Unchanged));
        Assert.Equal(records.Count, (await world.ObjectsAsync(world.OrganisationId, Ct)).Count);
        Assert.Equal(("s2", (long)records.Count), ((await world.SourceAsync(Ct)).State, (await world.SourceAsync(Ct)).RecordCount));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_source_cannot_write_into_another_organisation(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var forged = new Depot.Core.Network.HarvestSource { Id = world.Source.Id, OrganisationId = world.OtherOrganisationId, Name = world.Source.Name };

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            world.Sink.WriteAsync(forged, HarvestWorld.Page(HarvestWorld.LidoRecords(), "s1"), Ct));

        Assert.Contains("cannot write into another organisation", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await world.ObjectsAsync(world.OtherOrganisationId, Ct));
        Assert.Empty(await world.ObjectsAsync(world.OrganisationId, Ct));
        Assert.Equal("", (await world.SourceAsync(Ct)).State);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_number_of_a_registrars_object_is_refused_and_the_object_kept(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        var number = records[0].Object.ObjectNumber.Trim();
        var own = await world.Records.CreateAsync(world.OrganisationId,
            new CollectionObject { ObjectNumber = number, Titles = [new Title("Eigen registratie")] }, world.Registrar, Ct);

        var outcome = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s1"), Ct);

        Assert.Equal((records.Count - 1, 1), (outcome.Added, outcome.Refused));
        var refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(number, refusal.ObjectNumber);
        Assert.Contains($"Objectnummer ‘{number}’ is in Depot al van een ander object", refusal.Issues.Single(i => i.Field == "objectNumber").Nl, StringComparison.Ordinal);
        var kept = await world.Records.GetAsync<CollectionObject>(world.OrganisationId, own.Id, Ct);
        Assert.Equal(("Eigen registratie", 1), (kept.PreferredTitle, kept.Version));
        Assert.DoesNotContain(await world.HarvestedAsync(Ct), h => h.ObjectId == own.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task People_cannot_change_or_delete_a_harvested_object_but_the_harvester_can(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s1"), Ct);
        var o = (await world.ObjectsAsync(world.OrganisationId, Ct))[0];

        var edit = await Assert.ThrowsAsync<HarvestedReadOnlyException>(() =>
            world.Records.UpdateAsync(world.OrganisationId, new CollectionObject { Id = o.Id, ObjectNumber = o.ObjectNumber, Titles = [new Title("Overschreven")] }, o.Version, world.Registrar, Ct));
        await Assert.ThrowsAsync<HarvestedReadOnlyException>(() => world.Records.DeleteAsync<CollectionObject>(world.OrganisationId, o.Id, o.Version, world.Registrar, Ct));
        await Assert.ThrowsAsync<HarvestedReadOnlyException>(() => world.Records.InTransactionAsync(
            tx => tx.UpdateAsync<CollectionObject>(world.OrganisationId, o.Id, world.Registrar, x => x.HasImage = true), Ct));

        Assert.Equal("MSK Gent LDES", edit.SourceName);
        Assert.Contains("geoogst uit ‘MSK Gent LDES’", edit.Nl, StringComparison.Ordinal);
        Assert.Equal(o.Version, (await world.Records.GetAsync<CollectionObject>(world.OrganisationId, o.Id, Ct)).Version);
        var harvester = Actor.Harvester("MSK Gent LDES");
        var changed = await world.Records.InTransactionAsync(tx => tx.UpdateAsync<CollectionObject>(world.OrganisationId, o.Id, harvester, x => x.HasImage = true), Ct);
        Assert.Equal(o.Version + 1, changed.Version);
    }

    private static async Task FailHarvestedInsertsAsync(DepotDatabase database, DatabaseEngine engine, bool on)
    {
        await using var db = database.CreateContext();
        string sql = (engine, on) switch
        {
            (DatabaseEngine.Sqlite, true) => "CREATE TRIGGER fail_harvest BEFORE INSERT ON harvested_records BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
            (DatabaseEngine.Sqlite, false) => "DROP TRIGGER fail_harvest;",
            (_, true) => """
                CREATE FUNCTION fail_harvest() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$ LANGUAGE plpgsql;
                CREATE TRIGGER fail_harvest BEFORE INSERT ON harvested_records FOR EACH ROW EXECUTE FUNCTION fail_harvest();
                """,
            _ => "DROP TRIGGER fail_harvest ON harvested_records; DROP FUNCTION fail_harvest();",
        };
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
