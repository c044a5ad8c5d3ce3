using Depot.Core.Locations;

namespace Depot.Core.Tests.Locations;

public sealed class LocationRulesTests
{
    // 1 building › 2 room › 3 cabinet › 4 shelf; 5 another building.
    private static readonly Dictionary<long, long?> Parents = new() { [1] = null, [2] = 1, [3] = 2, [4] = 3, [5] = null };

    private static bool Cycle(long id, long? parent) => LocationRules.WouldCycle(id, parent, p => Parents.GetValueOrDefault(p));

    [Fact]
    public void Location_cycle_is_refused()
    {
        Assert.True(Cycle(1, 4));
        Assert.True(Cycle(2, 3));
        Assert.True(Cycle(3, 3));
    }

    [Fact]
    public void Moving_a_location_elsewhere_in_the_tree_is_allowed()
    {
        Assert.False(Cycle(3, 5));
        Assert.False(Cycle(4, 1));
        Assert.False(Cycle(2, null));
    }

    [Fact]
    public void A_location_with_descendants_includes_every_level_below_it()
    {
        var tree = Parents.Select(p => (p.Key, p.Value));
        Assert.Equal([2L, 3L, 4L], LocationRules.WithDescendants(2, tree).Order());
        Assert.Equal([5L], LocationRules.WithDescendants(5, tree));
    }
}
