using Depot.Core.Inventories;

namespace Depot.Core.Tests.Inventories;

public sealed class InventoryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static InventoryItem Item(long objectId, bool expected = true) =>
        new() { ObjectId = objectId, Expected = expected, ExpectedLocationId = 5 };

    [Fact]
    public void Inventory_cannot_be_changed_after_close()
    {
        var campaign = new Inventory { Name = "Depot Noord 2026", LocationId = 5 };
        var item = Item(1);
        campaign.Close([item], "An", Now, movementsApplied: false);

        var e = Assert.Throws<DomainException>(() => item.Mark(campaign, InventoryResult.Found, null, "An", Now));
        Assert.Equal("inventory.closed", e.Code);
        Assert.Equal(InventoryResult.Unchecked, item.Result);
        Assert.Equal("inventory.closed", Assert.Throws<DomainException>(() => campaign.Close([item], "An", Now, false)).Code);
    }

    [Fact]
    public void Found_elsewhere_needs_a_location_other_than_the_expected_one()
    {
        var campaign = new Inventory { Name = "x" };
        var item = Item(1);
        Assert.Equal("inventory.location.required",
            Assert.Throws<DomainException>(() => item.Mark(campaign, InventoryResult.FoundElsewhere, null, "An", Now)).Code);
        Assert.Equal("inventory.location.same",
            Assert.Throws<DomainException>(() => item.Mark(campaign, InventoryResult.FoundElsewhere, 5, "An", Now)).Code);

        item.Mark(campaign, InventoryResult.FoundElsewhere, 9, "An", Now);
        Assert.Equal(9, item.FoundLocationId);
        Assert.Equal("An", item.CheckedBy);
    }

    [Fact]
    public void Closing_counts_found_missing_elsewhere_and_unchecked_as_missing()
    {
        var campaign = new Inventory { Name = "x" };
        var found = Item(1);
        var missing = Item(2);
        var elsewhere = Item(3);
        var notChecked = Item(4);
        var surprise = Item(5, expected: false);
        found.Mark(campaign, InventoryResult.Found, null, "An", Now);
        missing.Mark(campaign, InventoryResult.Missing, null, "An", Now);
        elsewhere.Mark(campaign, InventoryResult.FoundElsewhere, 9, "An", Now);
        surprise.Mark(campaign, InventoryResult.FoundElsewhere, 9, "An", Now);

        campaign.Close([found, missing, elsewhere, notChecked, surprise], "Bea", Now, movementsApplied: true);

        Assert.Equal(InventoryStatus.Closed, campaign.Status);
        Assert.Equal((4, 1, 2, 1, 1), (campaign.ExpectedCount, campaign.FoundCount, campaign.MissingCount, campaign.ElsewhereCount, campaign.UnexpectedCount));
        Assert.Equal("Bea", campaign.ClosedBy);
        Assert.False(found.IsDiscrepancy);
        Assert.True(notChecked.IsDiscrepancy && surprise.IsDiscrepancy);
    }
}
