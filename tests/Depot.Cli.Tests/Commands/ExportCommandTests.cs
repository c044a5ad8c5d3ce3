using System.Text;
using Depot.Cli.Tests.Support;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Sets;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_writes_a_search_result_and_a_werkset_with_the_chosen_fields()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        var database = new DepotDatabase(cli.Target);
        long organisationId;
        await using (var db = database.CreateContext())
            organisationId = await db.Organisations.Where(o => o.Slug == "mas").Select(o => o.Id).SingleAsync(Ct);
        var records = new RecordStore(database, TimeProvider.System);
        var ids = new List<long>();
        for (var n = 1; n <= 12; n++)
            ids.Add((await records.CreateAsync(organisationId, new CollectionObject { ObjectNumber = $"M.{n}", Titles = [new Title(n % 2 == 0 ? $"Kaart {n}" : $"Prent {n}")] }, Actor.System, Ct)).Id);
        var sets = new SetStore(database, TimeProvider.System);
        var set = await sets.CreateAsync(organisationId, "Havenkaarten", "", Actor.System, Ct);
        await sets.AddAsync(organisationId, set.Id, [ids[1], ids[3]], Ct);
        var folder = Directory.CreateTempSubdirectory("depot-cli-export-").FullName;

        var search = await cli.RunAsync("export", "csv", "--org", "mas", "--query", "kaart", "--fields", "title,objectNumber", "--header", "keys",
            "--out", Path.Combine(folder, "kaarten.csv"), "--lang", "en");
        var werkset = await cli.RunAsync("export", "csv", "--org", "mas", "--set", "havenkaarten", "--fields", "objectNumber", "--out", Path.Combine(folder, "set.csv"));
        var missing = await cli.RunAsync("export", "csv", "--org", "mas", "--set", "bestaat-niet", "--out", Path.Combine(folder, "x.csv"));

        Assert.True(search.ExitCode == 0, search.Output);
        Assert.Contains("Exported 6 objects of mas to", search.Output, StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "kaarten.csv"))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["title;objectNumber", "Kaart 2;M.2", "Kaart 4;M.4", "Kaart 6;M.6", "Kaart 8;M.8", "Kaart 10;M.10", "Kaart 12;M.12"], lines);
        Assert.True(werkset.ExitCode == 0, werkset.Output);
        Assert.Equal("Objectnummer\r\nM.2\r\nM.4\r\n", Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "set.csv"))[3..]));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("Werkset 'bestaat-niet' bestaat niet", missing.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.csv")));
    }
}
