using Depot.Core;
using Depot.Core.Inventories;
using Depot.Core.Locations;
using Depot.Core.Movements;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Inventories;

namespace Depot.Storage.Tests.Movements;

/// <summary>The inventory store's contract, run on SQLite and on PostgreSQL.</summary>
public sealed class InventoryStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_campaign_over_a_location_expects_the_objects_on_it_and_below_it(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var inRoom = await m.ObjectAsync("I.1", m.Room.Id, Ct);
        var inCabinet = await m.ObjectAsync("I.2", m.Cabinet.Id, Ct);
        await m.ObjectAsync("I.3", m.Studio.Id, Ct);

        var withBelow = await m.Inventories.StartAsync(m.Org, new InventoryStart("Zaal 1, 2026", m.Room.Id), m.World.Registrar, Ct);
        var roomOnly = await m.Inventories.StartAsync(m.Org, new InventoryStart("Zaal 1 alleen", m.Room.Id, IncludeSublocations: false), m.World.Registrar, Ct);
        var explicitSet = await m.Inventories.StartAsync(m.Org, new InventoryStart("Selectie", null, ObjectIds: [inCabinet.Id]), m.World.Registrar, Ct);

        Assert.Equal(["I.1", "I.2"], (await m.Inventories.LinesAsync(m.Org, withBelow.Id, Ct)).Select(l => l.ObjectNumber));
        Assert.Equal(["I.1"], (await m.Inventories.LinesAsync(m.Org, roomOnly.Id, Ct)).Select(l => l.ObjectNumber));
        Assert.Equal(["I.2"], (await m.Inventories.LinesAsync(m.Org, explicitSet.Id, Ct)).Select(l => l.ObjectNumber));
        Assert.Equal(InventoryStatus.Open, withBelow.Status);
        Assert.Equal(inRoom.Id, (await m.Inventories.LinesAsync(m.Org, withBelow.Id, Ct))[0].Item.ObjectId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Closing_reports_discrepancies_applies_found_elsewhere_as_movements_and_freezes_the_campaign(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var found = await m.ObjectAsync("C.1", m.Room.Id, Ct);
        var missing = await m.ObjectAsync("C.2", m.Room.Id, Ct);
        var elsewhere = await m.ObjectAsync("C.3", m.Cabinet.Id, Ct);
        var stray = await m.ObjectAsync("C.4", m.Studio.Id, Ct);
        var campaign = await m.Inventories.StartAsync(m.Org, new InventoryStart("Depot Noord", m.Building.Id), m.World.Registrar, Ct);

        await m.Inventories.MarkFoundByNumberAsync(m.Org, campaign.Id, " C.1 ", m.World.Registrar, Ct);
        await m.Inventories.MarkAsync(m.Org, campaign.Id, missing.Id, InventoryResult.Missing, null, m.World.Registrar, Ct);
        await m.Inventories.MarkAsync(m.Org, campaign.Id, elsewhere.Id, InventoryResult.FoundElsewhere, m.Room.Id, m.World.Registrar, Ct);
        var surprise = (await m.Inventories.MarkFoundByNumberAsync(m.Org, campaign.Id, "C.4", m.World.OtherRegistrar, Ct)).Item;
        Assert.False(surprise.Expected);
        Assert.Equal((InventoryResult.FoundElsewhere, m.Building.Id), (surprise.Result, surprise.FoundLocationId));

        var closed = await m.Inventories.CloseAsync(m.Org, campaign.Id, 1, applyMovements: true, m.World.Registrar, Ct);

        Assert.Equal((InventoryStatus.Closed, 2), (closed.Status, closed.Version));
        Assert.Equal((3, 1, 1, 1, 1), (closed.ExpectedCount, closed.FoundCount, closed.MissingCount, closed.ElsewhereCount, closed.UnexpectedCount));
        Assert.True(closed.MovementsApplied);
        Assert.Equal(m.Room.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, elsewhere.Id, Ct)).CurrentLocationId);
        Assert.Equal(m.Building.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, stray.Id, Ct)).CurrentLocationId);
        var move = Assert.Single(await m.Movements.ForObjectAsync(m.Org, elsewhere.Id, Ct));
        Assert.Equal((MovementReason.Inventory, campaign.Id), (move.Reason, move.InventoryId));
        Assert.Equal(m.Room.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, found.Id, Ct)).CurrentLocationId);
        Assert.Equal(2, (await m.World.History.ListAsync(m.Org, RecordType.Inventory, campaign.Id, Ct)).Count);

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            m.Inventories.MarkAsync(m.Org, campaign.Id, missing.Id, InventoryResult.Found, null, m.World.Registrar, Ct));
        Assert.Equal("inventory.closed", e.Code);
        await Assert.ThrowsAsync<DomainException>(() => m.Inventories.CloseAsync(m.Org, campaign.Id, 2, false, m.World.Registrar, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Another_organisation_cannot_read_or_mark_a_campaign(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var o = await m.ObjectAsync("T.1", m.Room.Id, Ct);
        var campaign = await m.Inventories.StartAsync(m.Org, new InventoryStart("Zaal 1", m.Room.Id), m.World.Registrar, Ct);
        var (other, _) = await Support.StoreWorld.AddOrganisationAsync(m.World.Database, "ander", Ct);
        var foreign = await m.LocationAsync("Vreemd", "V", LocationKind.Room, null, Ct, other);

        Assert.Empty(await m.Inventories.LinesAsync(other, campaign.Id, Ct));
        await Assert.ThrowsAsync<Depot.Storage.Records.RecordNotFoundException>(() =>
            m.Inventories.MarkAsync(other, campaign.Id, o.Id, InventoryResult.Found, null, m.World.Registrar, Ct));
        await Assert.ThrowsAsync<Depot.Core.Validation.ValidationFailedException>(() =>
            m.Inventories.MarkAsync(m.Org, campaign.Id, o.Id, InventoryResult.FoundElsewhere, foreign.Id, m.World.Registrar, Ct));
        await Assert.ThrowsAsync<Depot.Core.Validation.ValidationFailedException>(() =>
            m.Inventories.StartAsync(m.Org, new InventoryStart("Vreemd", foreign.Id), m.World.Registrar, Ct));
    }
}
