using Depot.Cli.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Importing;

public sealed class ImportCommandTests
{
    private static async Task<CliRunner> WithOrganisationAsync()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "stam", "--name", "STAM Gent", "--kind", "museum", "--no-starter-thesaurus");
        return cli;
    }

    [Fact]
    public async Task Import_prints_a_summary_and_the_same_file_again_changes_nothing()
    {
        var cli = await WithOrganisationAsync();
        var file = GeneratedAdlib.Write(25);

        var first = await cli.SucceedAsync("import", "adlib", file, "--org", "stam", "--batch-size", "10", "--lang", "en");
        var again = await cli.SucceedAsync("import", "adlib", file, "--org", "stam", "--lang", "en");

        Assert.StartsWith("import: 25 records, 25 created, 0 updated, 0 unchanged, 0 refused", first.LineStartingWith("import:"));
        Assert.StartsWith("import: 25 records, 0 created, 0 updated, 25 unchanged, 0 refused", again.LineStartingWith("import:"));
        Assert.Contains("Kept source field", first.Output);
        await using var db = new Depot.Storage.Database.DepotDatabase(cli.Target).CreateContext();
        Assert.Equal(25, await db.Objects.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(5, await db.Agents.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Dry_run_writes_a_json_report_and_nothing_else()
    {
        var cli = await WithOrganisationAsync();
        var file = GeneratedAdlib.Write(3);
        var report = Path.Combine(Path.GetDirectoryName(file)!, "rapport.json");

        var result = await cli.SucceedAsync("import", "adlib", file, "--org", "stam", "--dry-run", "--report", report, "--lang", "en");

        Assert.Contains("dry run, nothing written", result.LineStartingWith("import:"));
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
        Assert.Equal(["create", "create", "create"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("GEN.000001", json.RootElement[0].GetProperty("objectNumber").GetString());
        Assert.Contains(json.RootElement[0].GetProperty("kept").EnumerateArray(), k => k.GetProperty("value").GetString() == "Interne nota 1");
        await using var db = new Depot.Storage.Database.DepotDatabase(cli.Target).CreateContext();
        Assert.Equal(0, await db.Objects.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Malformed_xml_is_refused_with_the_file_and_line_and_exit_code_2()
    {
        var cli = await WithOrganisationAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("depot-bad-").FullName, "kapot.xml");
        await File.WriteAllTextAsync(file, "<adlibXML><recordList>\n<record priref=\"1\"><object_number>1</object_number>\n</recordList>", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("import", "adlib", file, "--org", "stam", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("kapot.xml, line 3", result.Output);
    }

    [Fact]
    public async Task A_missing_file_or_organisation_is_a_clear_error()
    {
        var cli = await WithOrganisationAsync();

        var noFile = await cli.RunAsync("import", "lido", "/nowhere/export.xml", "--org", "stam", "--lang", "en");
        var noOrg = await cli.RunAsync("import", "adlib", GeneratedAdlib.Write(1), "--org", "elders", "--lang", "en");

        Assert.NotEqual(0, noFile.ExitCode);
        Assert.Contains("does not exist", noFile.Output);
        Assert.NotEqual(0, noOrg.ExitCode);
        Assert.Contains("Organisation 'elders' does not exist", noOrg.Output);
    }
}
