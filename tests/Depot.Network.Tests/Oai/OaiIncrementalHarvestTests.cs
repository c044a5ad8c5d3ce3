using Depot.Network.Harvesting;
using Depot.Network.Oai;
using Depot.Network.Tests.Support;
using Depot.Storage.Database;
using static Depot.Network.Tests.Oai.OaiFixture;
using static Depot.Network.Tests.Oai.OaiHarvestTests;

namespace Depot.Network.Tests.Oai;

public sealed class OaiIncrementalHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("YYYY-MM-DDThh:mm:ssZ", "from=2026-12-01T11:00:00Z")]
    [InlineData("YYYY-MM-DD", "from=2026-12-01")]
    public async Task The_next_harvest_lists_from_the_newest_datestamp_at_the_repository_granularity(string granularity, string from)
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        oai.Granularity = granularity;
        oai.Pages[""] = List("", Record("oai:vast:r1", "2026-12-01T09:00:00Z", "Eerste"), Record("oai:vast:r5", "2026-12-01T11:00:00Z", "Vijfde"));
        oai.Pages[from] = List("", Record("oai:vast:r5", "2026-12-01T11:00:00Z", "Vijfde"), Record("oai:vast:r6", "2026-12-02T08:00:00Z", "Zesde"),
            Deleted("oai:vast:r1", "2026-12-02T08:00:00Z"));
        var sink = new TestHarvestSink();
        var source = Source(server);
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        sink.ClearLog();
        while (oai.Requests.TryDequeue(out var _)) { }

        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(["?verb=Identify", $"?verb=ListRecords&metadataPrefix=oai_dc&{from.Replace(":", "%3A", StringComparison.Ordinal)}"], oai.Requests);
        Assert.Equal([("added", "oai:vast:r6"), ("deleted", "oai:vast:r1")], sink.Changes.Select(c => (c.Change, c.Item.SourceIdentifier)));
        Assert.Equal(["oai:vast:r5", "oai:vast:r6"], sink.Live);
        Assert.Equal("2026-12-02T08:00:00Z", DepotJson.Deserialize<OaiHarvestState>(source.State).From);
    }

    [Fact]
    public async Task A_resumption_token_the_repository_forgot_lists_again_from_the_saved_datestamp()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        oai.Pages["from=2026-12-01T11:00:00Z"] = List("q2", Record("oai:vast:r6", "2026-12-02T08:00:00Z", "Zesde"));
        oai.Pages["q2"] = List("", Record("oai:vast:r7", "2026-12-02T09:00:00Z", "Zevende"));
        var sink = new TestHarvestSink();
        var source = Source(server);
        source.State = new OaiHarvestState("oai_dc", "", From: "2026-12-01T11:00:00Z", Token: "vergeten", Horizon: "2026-12-01T12:00:00Z").ToJson();

        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(
            ["?verb=ListRecords&resumptionToken=vergeten", "?verb=Identify", "?verb=ListRecords&metadataPrefix=oai_dc&from=2026-12-01T11%3A00%3A00Z", "?verb=ListRecords&resumptionToken=q2"],
            oai.Requests);
        Assert.Equal(["oai:vast:r6", "oai:vast:r7"], sink.Live);
        Assert.Equal("2026-12-02T09:00:00Z", DepotJson.Deserialize<OaiHarvestState>(source.State).From);
    }

    [Fact]
    public async Task No_records_match_is_an_empty_harvest_and_another_oai_error_stops_it_with_its_code()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        var sink = new TestHarvestSink();

        await Harvester().HarvestAsync(Source(server), sink, new TestProgress(), Ct);
        Assert.Empty(sink.Records);

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() => Harvester().HarvestAsync(Source(server, "edm"), sink, new TestProgress(), Ct));
        Assert.Contains("cannotDisseminateFormat", failed.En);
        Assert.Contains("Het formaat edm wordt niet aangeboden.", failed.Nl);
        Assert.Equal(server.Url("oai") + "?verb=ListRecords&metadataPrefix=edm", failed.Url);
    }

    [Fact]
    public async Task A_changed_format_or_set_starts_the_harvest_over()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        oai.Pages[""] = List("", Record("oai:vast:r1", "2026-12-01T09:00:00Z", "Eerste"));
        var source = Source(server);
        source.State = new OaiHarvestState("lido", "", From: "2026-12-01T11:00:00Z", Token: "oud").ToJson();

        await Harvester().HarvestAsync(source, new TestHarvestSink(), new TestProgress(), Ct);

        Assert.Equal(["?verb=ListRecords&metadataPrefix=oai_dc"], oai.Requests);
    }
}
