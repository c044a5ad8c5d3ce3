using Depot.Cli.Tests.Support;
using Depot.Core.Network;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Tests.Sources;

public sealed class SourcesCommandTests
{
    private static async Task<CliResult> RunAsync(CliRunner cli, params string[] args)
    {
        using var output = new StringWriter();
        var console = CliConsole.Captured(output);
        console.ServiceOverrides = s =>
        {
            s.AddSingleton<IHarvester, CliTestHarvester>();
        };
        var exit = await DepotCli.RunAsync([.. args, "--database", cli.Target.ConnectionString], console, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString());
    }

    [Fact]
    public async Task A_source_is_added_listed_and_harvested_in_the_foreground_with_a_progress_line()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "stadsmuseum", "--name", "Stadsmuseum", "--kind", "museum", "--no-starter-thesaurus");

        var refused = await RunAsync(cli, "sources", "add", "--org", "stadsmuseum", "--name", "OAI", "--kind", "oai-pmh", "--url", "https://oai.example.be/oai");
        Assert.Equal(CliGlobals.InvalidInput, refused.ExitCode);
        Assert.Contains("metadataFormat: Kies als formaat lido of edm of oai_dc.", refused.Output);

        var added = await RunAsync(cli, "sources", "add", "--org", "stadsmuseum", "--name", "Stroom", "--kind", "ldes", "--url", "https://ldes.example.be/", "--interval", "60");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Bron 1 (Stroom) geregistreerd voor stadsmuseum", added.Output);

        var harvest = await RunAsync(cli, "harvest", "1", "--org", "stadsmuseum", "--lang", "en");
        Assert.Equal(0, harvest.ExitCode);
        Assert.Contains("1 pages: +2 ~0 =0 -0 !0", harvest.Output);
        Assert.Contains("Done: 1 pages, 2 added, 0 updated, 0 unchanged, 0 deleted, 0 refused.", harvest.Output);
        await using (var db = new DepotDatabase(cli.Target).CreateContext())
            Assert.Equal(["a", "b"], db.Objects.Where(o => db.HarvestedRecords.Any(h => h.ObjectId == o.Id)).Select(o => o.ObjectNumber).OrderBy(n => n).ToList());

        var list = await RunAsync(cli, "sources", "list", "--org", "stadsmuseum");
        Assert.Contains("Stroom", list.Output);
        Assert.Contains("Succeeded", list.Output);

        var missing = await RunAsync(cli, "harvest", "99", "--org", "stadsmuseum");
        Assert.Equal(CliGlobals.Failure, missing.ExitCode);
        Assert.Contains("stadsmuseum heeft geen bron 99", missing.Output);
    }

    /// <summary>Stands in for a source on the network (none is reachable from a CLI test): one page of two records, into the real sink.</summary>
    private sealed class CliTestHarvester : IHarvester
    {
        public HarvestSourceKind Kind => HarvestSourceKind.Ldes;

        public async Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct) =>
            await sink.WriteAsync(source, new HarvestPage(source.Url, [Upsert("a"), Upsert("b")], "done"), ct);

        private static HarvestUpsert Upsert(string id) => new(id, "v1", new SourceRecord(id, 0, null, new SourceObject { ObjectNumber = id }, [], []));
    }
}
