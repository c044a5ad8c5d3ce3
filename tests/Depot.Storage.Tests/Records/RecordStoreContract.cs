using Depot.Core;
using Depot.Core.History;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Records;

/// <summary>The record store's contract, run on SQLite and on PostgreSQL.</summary>
public sealed class RecordStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Created_object_reads_back_with_every_field(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var painting = await w.AddConceptAsync("schilderij", Ct, "300033618");
        var oil = await w.AddConceptAsync("olieverf", Ct);
        var maker = await w.AddAgentAsync("Rubens, Peter Paul", Ct);

        var created = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject
        {
            ObjectNumber = "2019.10",
            ObjectNameId = painting.Id,
            Titles = [new Title("De kruisafneming"), new Title("The Descent from the Cross", "en", TitleType.Alternate)],
            ShortDescription = "Drieluik met de kruisafneming",
            Makers = [new MakerCredit(maker.Id, "schilder", "atelier van")],
            Dating = HistoricalDate.Parse("ca. 1611-1614"),
            MaterialIds = [oil.Id],
            Dimensions = [new Dimension("hoogte", 421m, "cm", "middenpaneel")],
        }, w.Registrar, Ct);

        var read = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, created.Id, Ct);
        Assert.Equal("2019.10", read.ObjectNumber);
        Assert.Equal("De kruisafneming", read.PreferredTitle);
        Assert.Equal("The Descent from the Cross", read.Titles[1].Text);
        Assert.Equal(new MakerCredit(maker.Id, "schilder", "atelier van"), Assert.Single(read.Makers));
        Assert.Equal(1611, read.Dating!.Earliest);
        Assert.Equal(DatePrecision.Circa, read.Dating.Precision);
        Assert.Equal(421m, read.Dimensions[0].Value);
        Assert.Equal([oil.Id], read.MaterialIds);
        Assert.Equal(1, read.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Duplicate_object_number_in_the_organisation_is_refused_and_nothing_is_saved(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "A1" }, w.Registrar, Ct);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "A1" }, w.Registrar, Ct));

        Assert.Equal("objectNumber.duplicate", Assert.Single(ex.Errors).Code);
        await using var db = w.Database.CreateContext();
        Assert.Equal(1, db.Objects.Count());
        Assert.Equal(1, db.RecordVersions.Count(v => v.RecordType == RecordType.Object));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Same_object_number_is_allowed_in_another_organisation(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "archief-test", Ct);
        await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "A1" }, w.Registrar, Ct);

        var second = await w.Records.CreateAsync(other, new CollectionObject { ObjectNumber = "A1" }, w.Registrar, Ct);

        Assert.Equal(other, second.OrganisationId);
        Assert.Null(await w.Records.FindAsync<CollectionObject>(w.OrganisationId, second.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Unknown_concept_is_a_field_error(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "B1", MaterialIds = [999_999] }, w.Registrar, Ct));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("materials", "concept.unknown"), (error.Field, error.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Stale_edit_is_refused_and_names_who_changed_it(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "C1", ShortDescription = "eerst" }, w.Registrar, Ct);

        var first = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        first.ShortDescription = "door Jan";
        await w.Records.UpdateAsync(w.OrganisationId, first, 1, w.OtherRegistrar, Ct);

        var mine = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        mine.ShortDescription = "door An, op een oude versie";
        var ex = await Assert.ThrowsAsync<StaleEditException>(() => w.Records.UpdateAsync(w.OrganisationId, mine, 1, w.Registrar, Ct));

        Assert.Equal("Jan Claes", ex.ChangedBy);
        Assert.Equal(2, ex.CurrentVersion);
        Assert.Equal("door Jan", (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).ShortDescription);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Every_change_is_a_version_and_an_old_version_can_be_restored(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "D1", ShortDescription = "origineel" }, w.Registrar, Ct);
        o.ShortDescription = "gewijzigd";
        o.NumberOfParts = 2;
        await w.Records.UpdateAsync(w.OrganisationId, o, 1, w.OtherRegistrar, Ct);

        var restored = await w.Records.RestoreAsync<CollectionObject>(w.OrganisationId, o.Id, version: 1, expectedVersion: 2, w.Registrar, Ct);

        Assert.Equal("origineel", restored.ShortDescription);
        Assert.Equal(3, restored.Version);
        var history = await w.History.ListAsync(w.OrganisationId, RecordType.Object, o.Id, Ct);
        Assert.Equal([ChangeKind.Restored, ChangeKind.Updated, ChangeKind.Created], history.Select(v => v.Change));
        Assert.Equal(["numberOfParts", "shortDescription"], history[1].ChangedFields.Order());
        Assert.Equal("Jan Claes", history[1].ChangedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Delete_is_soft_and_reversible(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var o = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "E1" }, w.Registrar, Ct);

        await w.Records.DeleteAsync<CollectionObject>(w.OrganisationId, o.Id, 1, w.Registrar, Ct);
        Assert.Null(await w.Records.FindAsync<CollectionObject>(w.OrganisationId, o.Id, Ct));

        var back = await w.Records.UndeleteAsync<CollectionObject>(w.OrganisationId, o.Id, 2, w.Registrar, Ct);
        Assert.False(back.IsDeleted);
        Assert.Equal("E1", (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).ObjectNumber);
    }
}
