using Depot.Core;
using Depot.Core.Movements;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Movements;

namespace Depot.Storage.Tests.Movements;

/// <summary>Moves registered afterwards: dated in the past, but never before the object's last move or in the future.</summary>
public sealed class BackdatedMoveContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_move_dated_last_week_is_kept_with_its_date_and_answers_where_the_object_was(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var o = await m.ObjectAsync("B.1", m.Room.Id, Ct);
        var lastWeek = DateTimeOffset.UtcNow.AddDays(-7);

        var moved = Assert.Single((await m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], m.Studio.Id, MovementReason.Restoration, lastWeek),
            m.World.Registrar, Ct)).Movements);

        Assert.Equal(lastWeek.ToUnixTimeSeconds(), moved.MovedAt.ToUnixTimeSeconds());
        Assert.Equal(m.Studio.Id, (await m.Movements.LocationOnAsync(m.Org, o.Id, lastWeek.AddDays(1), Ct)).LocationId);
        Assert.Equal(m.Room.Id, (await m.Movements.LocationOnAsync(m.Org, o.Id, lastWeek.AddDays(-1), Ct)).LocationId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_move_dated_before_the_last_move_or_in_the_future_is_refused_and_nothing_changes(DatabaseEngine engine)
    {
        var m = await MovementWorld.CreateAsync(engine, Ct);
        var o = await m.ObjectAsync("B.2", m.Room.Id, Ct);
        var threeDaysAgo = DateTimeOffset.UtcNow.AddDays(-3);
        await m.Movements.MoveAsync(m.Org, new MoveRequest([o.Id], m.Studio.Id, MovementReason.Restoration, threeDaysAgo), m.World.Registrar, Ct);

        var before = await Assert.ThrowsAsync<DomainException>(() => m.Movements.MoveAsync(m.Org,
            new MoveRequest([o.Id], m.Cabinet.Id, MovementReason.Return, threeDaysAgo.AddDays(-1)), m.World.Registrar, Ct));
        var future = await Assert.ThrowsAsync<DomainException>(() => m.Movements.MoveAsync(m.Org,
            new MoveRequest([o.Id], m.Cabinet.Id, MovementReason.Return, DateTimeOffset.UtcNow.AddDays(2)), m.World.Registrar, Ct));

        Assert.Equal("movement.date.beforeLast", before.Code);
        Assert.Contains("Kies een datum op of na die verplaatsing", before.MessageNl, StringComparison.Ordinal);
        Assert.Equal("movement.date.future", future.Code);
        Assert.Single(await m.Movements.ForObjectAsync(m.Org, o.Id, Ct));
        Assert.Equal(m.Studio.Id, (await m.World.Records.GetAsync<CollectionObject>(m.Org, o.Id, Ct)).CurrentLocationId);
    }
}
