using Depot.Core.Network;
using Depot.Network.Http;
using Depot.Network.Ldes;
using Depot.Network.Tests.Support;

namespace Depot.Network.Tests.Ldes;

/// <summary>
/// Two real Depots: a <c>depot serve</c> process publishes its public objects over LDES, and another Depot (this
/// process, its own database, the real sink) harvests them with the LDES harvester. After edits, a deletion and a
/// new object on the first, the next harvest brings exactly those changes.
/// </summary>
public sealed class TwoDepotsLdesTests
{
    [Fact]
    public async Task Another_Depot_harvests_the_public_objects_and_then_exactly_the_edits_and_deletes()
    {
        await using var publisher = await PublishingDepot.StartAsync("bron", new() { ["Depot__Publishing__LdesPageSize"] = "4" });
        var ids = new List<long>();
        for (var i = 1; i <= 6; i++) ids.Add(await publisher.CreateAsync($"B.{i}", $"Voorwerp {i}"));
        await publisher.CreateAsync("B.intern", "Niet publiek", "internal");

        var receiver = await ReceivingDepot.CreateAsync(HarvestSourceKind.Ldes, $"{publisher.Url}/ldes/{publisher.Organisation}");
        var harvester = new LdesHarvester(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"] }));

        Assert.Equal((6, 0, 0, 0), await receiver.HarvestAsync(harvester));
        var objects = await receiver.ObjectsAsync();
        Assert.Equal(["B.1", "B.2", "B.3", "B.4", "B.5", "B.6"], objects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Voorwerp 3", objects["B.3"]);
        Assert.Contains($"{publisher.Url}/id/object/{ids[2]}", await receiver.LiveIdentifiersAsync());

        await publisher.UpdateAsync(ids[0], "B.1", "Voorwerp 1, herzien");
        await publisher.UpdateAsync(ids[4], "B.5", "Voorwerp 5, herzien");
        await publisher.DeleteAsync(ids[2]);
        await publisher.CreateAsync("B.7", "Voorwerp 7");

        Assert.Equal((1, 2, 1, 0), await receiver.HarvestAsync(harvester));
        objects = await receiver.ObjectsAsync();
        Assert.Equal(["B.1", "B.2", "B.4", "B.5", "B.6", "B.7"], objects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Voorwerp 1, herzien", "Voorwerp 5, herzien"), (objects["B.1"], objects["B.5"]));

        Assert.Equal((0, 0, 0, 0), await receiver.HarvestAsync(harvester));
    }
}
