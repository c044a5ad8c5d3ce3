using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Network.Oai;
using Depot.Network.Tests.Support;
using static Depot.Network.Tests.Oai.OaiFixture;

namespace Depot.Network.Tests.Oai;

public sealed class OaiHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static OaiHarvester Harvester() =>
        new(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"], RequestTimeout = TimeSpan.FromSeconds(5) }));

    internal static HarvestSource Source(StaticServer server, string format = "oai_dc") =>
        new() { Id = 7, OrganisationId = 3, Name = "Vaste bron", Kind = HarvestSourceKind.OaiPmh, Url = server.Url("oai"), MetadataFormat = format };

    /// <summary>Three pages: r1 r2 | r3 r4 | r2 deleted, r5.</summary>
    private static void ThreePages(OaiFixture oai)
    {
        oai.Pages[""] = List("p2", Record("oai:vast:r1", "2026-12-01T09:00:00Z", "Eerste"), Record("oai:vast:r2", "2026-12-01T09:30:00Z", "Tweede"));
        oai.Pages["p2"] = List("p3", Record("oai:vast:r3", "2026-12-01T10:00:00Z", "Derde"), Record("oai:vast:r4", "2026-12-01T10:15:00Z", "Vierde"));
        oai.Pages["p3"] = List("", Deleted("oai:vast:r2", "2026-12-01T11:00:00Z"), Record("oai:vast:r5", "2026-12-01T11:00:00Z", "Vijfde"));
    }

    [Fact]
    public async Task A_list_of_several_pages_is_followed_by_its_resumption_tokens_and_a_deleted_header_withdraws_the_record()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        ThreePages(oai);
        var sink = new TestHarvestSink();
        var source = Source(server);

        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(3, sink.Pages.Count);
        Assert.Equal(["oai:vast:r1", "oai:vast:r3", "oai:vast:r4", "oai:vast:r5"], sink.Live);
        Assert.Contains(sink.Changes, c => c is ("deleted", HarvestWithdrawal { SourceIdentifier: "oai:vast:r2", SourceVersion: "2026-12-01T11:00:00Z" }));
        var r3 = sink.Records["oai:vast:r3"];
        Assert.Equal("Derde", r3.Record.Object.Titles.Single().Text);
        Assert.Equal("r3", r3.Record.Object.ObjectNumber);
        Assert.Equal("2026-12-01T10:00:00Z", r3.Version);
        Assert.Equal(["?verb=ListRecords&metadataPrefix=oai_dc", "?verb=ListRecords&resumptionToken=p2", "?verb=ListRecords&resumptionToken=p3"], oai.Requests);
        var state = Depot.Storage.Database.DepotJson.Deserialize<OaiHarvestState>(source.State);
        Assert.Null(state.Token);
        Assert.Equal("2026-12-01T11:00:00Z", state.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero), source.SourceUpToAt);
    }

    [Theory]
    [InlineData("malformed", "not well-formed XML")]
    [InlineData("500", "HTTP 500")]
    [InlineData("timeout", "no answer within")]
    public async Task A_broken_page_stops_the_harvest_naming_the_url_and_the_next_run_resumes_there_without_duplicates(string fault, string reason)
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        ThreePages(oai);
        (oai.FaultOn, oai.Fault) = ("p2", fault);
        var sink = new TestHarvestSink();
        var source = Source(server);

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() => Harvester().HarvestAsync(source, sink, new TestProgress(), Ct));
        Assert.Equal(server.Url("oai") + "?verb=ListRecords&resumptionToken=p2", failed.Url);
        Assert.Contains(reason, failed.En);
        Assert.Contains(failed.Url, failed.Nl);
        Assert.Equal(["oai:vast:r1", "oai:vast:r2"], sink.Live);

        oai.Fault = null;
        while (oai.Requests.TryDequeue(out var _)) { }
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(["?verb=ListRecords&resumptionToken=p2", "?verb=ListRecords&resumptionToken=p3"], oai.Requests);
        Assert.Equal(["oai:vast:r1", "oai:vast:r3", "oai:vast:r4", "oai:vast:r5"], sink.Live);
        Assert.Equal(["oai:vast:r1", "oai:vast:r2", "oai:vast:r3", "oai:vast:r4", "oai:vast:r5"], sink.Upserts.Select(u => u.SourceIdentifier));
    }

    [Fact]
    public async Task A_page_the_sink_could_not_write_is_asked_for_again_on_the_next_run()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        ThreePages(oai);
        var sink = new TestHarvestSink { FailAtPage = 1 };
        var source = Source(server);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Harvester().HarvestAsync(source, sink, new TestProgress(), Ct));
        sink.FailAtPage = null;
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(["oai:vast:r1", "oai:vast:r2", "oai:vast:r3", "oai:vast:r4", "oai:vast:r5"], sink.Upserts.Select(u => u.SourceIdentifier));
        Assert.Equal(2, oai.Requests.Count(r => r.EndsWith("resumptionToken=p2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_response_with_a_dtd_is_refused_and_no_entity_is_resolved()
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        oai.Pages[""] = List("", Record("oai:vast:r1", "2026-12-01T09:00:00Z", "&geheim;"))
            .Replace("&amp;geheim;", "&geheim;", StringComparison.Ordinal).Replace("?><OAI-PMH", "?><!DOCTYPE OAI-PMH [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]><OAI-PMH", StringComparison.Ordinal);
        var sink = new TestHarvestSink();

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() => Harvester().HarvestAsync(Source(server), sink, new TestProgress(), Ct));

        Assert.Contains("DTD", failed.En);
        Assert.Empty(sink.Records);
    }
}
