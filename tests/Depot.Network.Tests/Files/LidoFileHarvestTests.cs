using Depot.Core.Network;
using Depot.Network.Files;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Network.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Importing.Mappings;
using static Depot.Network.Tests.Files.FileFixture;

namespace Depot.Network.Tests.Files;

public sealed class LidoFileHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static FileHarvester Harvester(DepotDatabase? database = null, int pageSize = 2) =>
        new(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"], RequestTimeout = TimeSpan.FromSeconds(5) }),
            new ImportMappingStore(database ?? new DepotDatabase(TestDatabases.NewSqliteTarget()), TimeProvider.System), TimeProvider.System)
        { PageSize = pageSize };

    internal static HarvestSource Source(StaticServer server, string format, string name, long? mapping = null, long organisation = 3) => new()
    {
        Id = 9,
        OrganisationId = organisation,
        Name = "Bestand",
        Kind = HarvestSourceKind.FileUrl,
        Url = server.Url("export/" + name),
        MetadataFormat = format,
        CsvMappingId = mapping,
    };

    [Fact]
    public async Task A_lido_file_is_handed_on_in_pages_an_unchanged_file_writes_nothing_and_a_record_gone_from_it_is_withdrawn()
    {
        var (server, file) = await StartAsync();
        await using var _ = server;
        file.Content = Lido(("rec-1", "B.1", "Stadsgezicht"), ("rec-2", "B.2", "Portret"), ("rec-3", "B.3", "Stilleven"));
        var sink = new TestHarvestSink();
        var source = Source(server, "lido", "collectie.xml");

        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal(2, sink.Pages.Count);
        Assert.Equal(["rec-1", "rec-2", "rec-3"], sink.Live);
        Assert.Equal(("B.2", "Portret"), (sink.Records["rec-2"].Record.Object.ObjectNumber, sink.Records["rec-2"].Record.Object.Titles[0].Text));

        sink.ClearLog();
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Empty(sink.Pages);
        Assert.Empty(sink.Changes);
        Assert.Equal([200, 304], file.Statuses);

        file.SendsETag = false;
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Empty(sink.Pages);

        file.Content = Lido(("rec-1", "B.1", "Stadsgezicht bij avond"), ("rec-3", "B.3", "Stilleven"));
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal([("updated", "rec-1"), ("deleted", "rec-2")], sink.Changes.Select(c => (c.Change, c.Item.SourceIdentifier)));
        Assert.Equal(["rec-1", "rec-3"], sink.Live);
    }

    [Fact]
    public async Task A_pass_stopped_part_way_resumes_after_its_last_page_and_withdraws_only_what_the_file_lost()
    {
        var (server, file) = await StartAsync();
        await using var _ = server;
        file.Content = Lido(("rec-1", "B.1", "Een"), ("rec-2", "B.2", "Twee"), ("rec-3", "B.3", "Drie"), ("rec-4", "B.4", "Vier"), ("rec-5", "B.5", "Vijf"));
        var sink = new TestHarvestSink();
        var source = Source(server, "lido", "collectie.xml");
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        file.Content = Lido(("rec-1", "B.1", "Een"), ("rec-2", "B.2", "Twee"), ("rec-3", "B.3", "Drie"), ("rec-5", "B.5", "Vijf!"));
        sink.ClearLog();
        sink.FailAtPage = 1;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Harvester().HarvestAsync(source, sink, new TestProgress(), Ct));
        Assert.Equal(["rec-1", "rec-2"], sink.Upserts.Select(u => u.SourceIdentifier));
        sink.FailAtPage = null;
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(["rec-1", "rec-2", "rec-3", "rec-5"], sink.Upserts.Select(u => u.SourceIdentifier));
        Assert.Equal([("updated", "rec-5"), ("deleted", "rec-4")], sink.Changes.Select(c => (c.Change, c.Item.SourceIdentifier)));
    }

    [Fact]
    public async Task A_file_that_is_not_well_formed_stops_the_harvest_naming_the_url_and_line_and_keeps_the_pages_before()
    {
        var (server, file) = await StartAsync();
        await using var _ = server;
        var good = Lido(("rec-1", "B.1", "Een"), ("rec-2", "B.2", "Twee"));
        file.Content = good.Replace("</lido:lidoWrap>", "<lido:lido><lido:lidoRecID>rec-3</lido:lidoR", StringComparison.Ordinal);
        var sink = new TestHarvestSink();
        var source = Source(server, "lido", "kapot.xml");

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() => Harvester().HarvestAsync(source, sink, new TestProgress(), Ct));

        Assert.Equal(server.Url("export/kapot.xml"), failed.Url);
        Assert.Contains(server.Url("export/kapot.xml"), failed.En);
        Assert.Contains("not well-formed", failed.En);
        Assert.Equal(["rec-1", "rec-2"], sink.Live);
        Assert.DoesNotContain(sink.Changes, c => c.Change == "deleted");
    }
}
