using Depot.Core.Network;
using Depot.Network.Http;
using Depot.Network.Oai;
using Depot.Network.Tests.Support;

namespace Depot.Network.Tests.Oai;

/// <summary>
/// Two real Depots: a <c>depot serve</c> process publishes its public objects over OAI-PMH, and another Depot (this
/// process, its own database, the real sink) harvests its <c>/oai</c> in LIDO with the OAI-PMH harvester (small
/// pages, so resumption tokens are followed). After edits, a deletion and a new object on the first, the next
/// (incremental) harvest brings exactly those.
/// </summary>
public sealed class TwoDepotsOaiTests
{
    [Fact]
    public async Task Another_Depot_harvests_every_public_record_in_lido_and_then_exactly_the_edits_and_deletes()
    {
        await using var publisher = await PublishingDepot.StartAsync("oai-bron", new() { ["Depot__Publishing__OaiPageSize"] = "3" });
        var ids = new List<long>();
        for (var i = 1; i <= 6; i++) ids.Add(await publisher.CreateAsync($"B.{i}", $"Voorwerp {i}"));
        await publisher.CreateAsync("B.intern", "Niet publiek", "internal");

        var receiver = await ReceivingDepot.CreateAsync(HarvestSourceKind.OaiPmh, publisher.Url + "/oai", "lido", "org:" + publisher.Organisation);
        var harvester = new OaiHarvester(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"] }));

        Assert.Equal((6, 0, 0, 0), await receiver.HarvestAsync(harvester));
        var objects = await receiver.ObjectsAsync();
        Assert.Equal(["B.1", "B.2", "B.3", "B.4", "B.5", "B.6"], objects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Voorwerp 3", objects["B.3"]);
        Assert.Contains($"oai:{new Uri(publisher.Url).Host}:object:{ids[2]}", await receiver.LiveIdentifiersAsync());

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
