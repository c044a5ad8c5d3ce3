using Depot.Core.Movements;

namespace Depot.Core.Tests.Movements;

public sealed class LocationHistoryTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Movement[] Moves =
    [
        new() { Id = 2, FromLocationId = 20, ToLocationId = 30, MovedAt = June },
        new() { Id = 1, FromLocationId = 10, ToLocationId = 20, MovedAt = March },
    ];

    [Fact]
    public void Between_two_moves_the_object_was_where_the_first_took_it()
    {
        var at = LocationHistory.At(Moves, currentLocationId: 30, March.AddDays(10));
        Assert.Equal(20, at.LocationId);
        Assert.Equal(LocationAtBasis.MovedThere, at.Basis);
        Assert.Equal(1, at.Movement!.Id);
    }

    [Fact]
    public void On_the_day_of_a_move_after_the_move_the_object_is_at_its_target() =>
        Assert.Equal(30, LocationHistory.At(Moves, 30, June).LocationId);

    [Fact]
    public void Before_the_first_move_the_object_was_where_that_move_took_it_from()
    {
        var at = LocationHistory.At(Moves, 30, March.AddDays(-1));
        Assert.Equal(10, at.LocationId);
        Assert.Equal(LocationAtBasis.BeforeFirstMove, at.Basis);
    }

    [Fact]
    public void Without_moves_only_the_current_location_is_known()
    {
        var at = LocationHistory.At([], 7, March);
        Assert.Equal(7, at.LocationId);
        Assert.Equal(LocationAtBasis.NoMovements, at.Basis);
    }
}
