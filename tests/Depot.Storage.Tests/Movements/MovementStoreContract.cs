using Depot.Core;
using Depot.Core.History;
using Depot.Core.Locations;
using Depot.Core.Movements;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Movements;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Movements;

/// <summary>The movement store's contract, run on SQLite and on PostgreSQL.</summary>
public sealed class MovementStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_move_writes_the_movement_and_the_objects_new_location_and_version(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var o = await m.ObjectAsync("2026.1", m.Room.Id, Ct);

        var outcome = await m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], m.Studio.Id, MovementReason.Restoration, Note: "vernis"), m.World.Registrar, Ct);

        var movement = Assert.Single(outcome.Movements);
        Assert.Equal((m.Room.Id, m.Studio.Id, MovementReason.Restoration, "An Peeters", "vernis"),
            (movement.FromLocationId, movement.ToLocationId, movement.Reason, movement.MovedBy, movement.Note));
        var moved = await m.World.Records.GetAsync<CollectionObject>(m.Org, o.Id, Ct);
        Assert.Equal(m.Studio.Id, moved.CurrentLocationId);
        Assert.Equal(2, moved.Version);
        var versions = await m.World.History.ListAsync(m.Org, RecordType.Object, o.Id, Ct);
        Assert.Equal(["currentLocationId"], versions[0].ChangedFields);
        Assert.Equal($"verplaatsing {movement.Id}", versions[0].Note);
        var movementHistory = Assert.Single(await m.World.History.ListAsync(m.Org, RecordType.Movement, movement.Id, Ct));
        Assert.Equal(ChangeKind.Created, movementHistory.Change);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_move_to_a_location_of_another_organisation_is_refused_and_nothing_changes(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(m.World.Database, "ander-museum", Ct);
        var foreign = await m.LocationAsync("Vreemde zaal", "X", LocationKind.Room, null, Ct, other);
        var o = await m.ObjectAsync("2026.2", m.Room.Id, Ct);

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], foreign.Id, MovementReason.Storage), m.World.Registrar, Ct));

        Assert.Equal("movement.location.unknown", e.Code);
        Assert.Equal(m.Room.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, o.Id, Ct)).CurrentLocationId);
        Assert.Empty(await m.Movements.ForObjectAsync(m.Org, o.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_deleted_object_cannot_be_moved_and_a_failed_object_rolls_back_the_whole_batch(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var fine = await m.ObjectAsync("2026.3", m.Room.Id, Ct);
        var gone = await m.ObjectAsync("2026.4", m.Room.Id, Ct);
        await m.World.Records.DeleteAsync<CollectionObject>(m.Org, gone.Id, 1, m.World.Registrar, Ct);

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            m.Movements.MoveAsync(m.Org, new MoveRequest([fine.Id, gone.Id], m.Cabinet.Id, MovementReason.Storage), m.World.Registrar, Ct));

        Assert.Equal("movement.object.deleted", e.Code);
        Assert.Equal(1, (await m.World.Records.GetAsync<CollectionObject>(m.Org, fine.Id, Ct)).Version);
        Assert.Empty(await m.Movements.ListAsync(m.Org, null, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Moving_a_crate_moves_each_object_and_skips_those_already_there(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var a = await m.ObjectAsync("K.1", m.Room.Id, Ct);
        var b = await m.ObjectAsync("K.2", null, Ct);
        var c = await m.ObjectAsync("K.3", m.Cabinet.Id, Ct);

        var outcome = await m.Movements.MoveAsync(m.Org, new MoveRequest([a.Id, b.Id, c.Id], m.Cabinet.Id, MovementReason.Storage, SetPermanent: true), m.World.Registrar, Ct);

        Assert.Equal([a.Id, b.Id], outcome.Movements.Select(x => x.ObjectId));
        Assert.Equal([c.Id], outcome.AlreadyThere);
        var movedB = await m.World.Records.GetAsync<CollectionObject>(m.Org, b.Id, Ct);
        Assert.Equal((m.Cabinet.Id, m.Cabinet.Id), (movedB.CurrentLocationId, movedB.PermanentLocationId));
        Assert.Null(outcome.Movements[1].FromLocationId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Where_an_object_was_on_a_date_is_read_from_its_movements(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var o = await m.ObjectAsync("W.1", m.Room.Id, Ct);
        var january = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        var april = new DateTimeOffset(2026, 4, 15, 10, 0, 0, TimeSpan.Zero);
        await m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], m.Studio.Id, MovementReason.Restoration, january), m.World.Registrar, Ct);
        await m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], m.Cabinet.Id, MovementReason.Return, april), m.World.Registrar, Ct);

        Assert.Equal(m.Room.Id, (await m.Movements.LocationOnAsync(m.Org, o.Id, january.AddDays(-1), Ct)).LocationId);
        Assert.Equal(m.Studio.Id, (await m.Movements.LocationOnAsync(m.Org, o.Id, january.AddMonths(1), Ct)).LocationId);
        Assert.Equal(m.Cabinet.Id, (await m.Movements.LocationOnAsync(m.Org, o.Id, april.AddDays(1), Ct)).LocationId);
        Assert.Equal(2, (await m.Movements.ForObjectAsync(m.Org, o.Id, Ct)).Count);
        // Another organisation cannot ask.
        var (other, _) = await StoreWorld.AddOrganisationAsync(m.World.Database, "ander", Ct);
        await Assert.ThrowsAsync<Depot.Storage.Records.RecordNotFoundException>(() => m.Movements.LocationOnAsync(other, o.Id, april, Ct));
        Assert.Empty(await m.Movements.ForObjectAsync(other, o.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_location_cannot_be_moved_inside_itself_nor_under_another_organisations_location(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(m.World.Database, "ander", Ct);
        var foreign = await m.LocationAsync("Vreemd", "V", LocationKind.Building, null, Ct, other);
        var building = m.Building;

        building.ParentId = m.Cabinet.Id;
        var cycle = await Assert.ThrowsAsync<Depot.Core.Validation.ValidationFailedException>(() =>
            m.World.Records.UpdateAsync(m.Org, building, 1, m.World.Registrar, Ct));
        building.ParentId = foreign.Id;
        var foreignParent = await Assert.ThrowsAsync<Depot.Core.Validation.ValidationFailedException>(() =>
            m.World.Records.UpdateAsync(m.Org, building, 1, m.World.Registrar, Ct));

        Assert.Equal("parent.cycle", Assert.Single(cycle.Errors).Code);
        Assert.Equal("parent.unknown", Assert.Single(foreignParent.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_large_move_runs_in_batches_with_progress_and_skips_deleted_objects(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var ids = new List<long>();
        for (var i = 1; i <= 105; i++) ids.Add((await m.ObjectAsync($"B.{i}", i == 1 ? m.Studio.Id : m.Room.Id, Ct)).Id);
        await m.World.Records.DeleteAsync<CollectionObject>(m.Org, ids[^1], 1, m.World.Registrar, Ct);
        var queue = new Depot.Storage.Jobs.JobQueue(m.World.Database, TimeProvider.System);
        var job = new MoveObjectsJob(m.World.Database, m.Movements, queue);
        var queued = await job.EnqueueAsync(m.Org, new MoveRequest(ids, m.Studio.Id, MovementReason.Storage), m.World.Registrar, DateTimeOffset.UtcNow, Ct);
        var reports = new List<(long Done, long Total)>();

        var result = await job.RunAsync(m.Org, queued.Payload, (done, total, _) => { reports.Add((done, total)); return Task.CompletedTask; }, Ct);

        Assert.Equal(new MoveObjectsResult(Moved: 103, AlreadyThere: 1, Skipped: 1), result);
        Assert.Equal([(0L, 104L), (100L, 104L), (104L, 104L)], reports);
        Assert.Equal("An Peeters", (await m.Movements.ForObjectAsync(m.Org, ids[50], Ct)).Single().MovedBy);
        Assert.Equal(m.Room.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, ids[^1], Ct, includeDeleted: true)).CurrentLocationId);
    }
}
