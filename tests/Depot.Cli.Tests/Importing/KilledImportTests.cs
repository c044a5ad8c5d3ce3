using System.Diagnostics;
using Depot.Cli.Tests.Support;
using Depot.Storage.Database;
using Microsoft.Data.Sqlite;

namespace Depot.Cli.Tests.Importing;

/// <summary>
/// A real <c>depot import</c> process killed mid-file: the database holds whole batches only, and
/// the same command resumes and ends with exactly what a clean run in another database holds.
/// </summary>
public sealed class KilledImportTests
{
    private const int Records = 4_000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_killed_import_leaves_no_half_record_and_resumes_to_the_counts_of_a_clean_run()
    {
        var file = GeneratedAdlib.Write(Records);
        var killed = await WithOrganisationAsync();

        var position = await StartAndKillAsync(killed, file);

        Assert.InRange(position, 1, Records - 1);
        var afterKill = await CountsAsync(killed.Target);
        Assert.Equal(position, afterKill.Objects); // every committed record has its object, none beyond the checkpoint
        AssertWhole(afterKill);

        var resumed = await killed.SucceedAsync("import", "adlib", file, "--org", "stam", "--batch-size", "50", "--lang", "en");
        Assert.StartsWith($"import: {Records} records, {Records} created, 0 updated, 0 unchanged, 0 refused", resumed.LineStartingWith("import:"));

        var clean = await WithOrganisationAsync();
        await clean.SucceedAsync("import", "adlib", file, "--org", "stam", "--batch-size", "50");
        var final = await CountsAsync(killed.Target);
        AssertWhole(final);
        Assert.Equal(await CountsAsync(clean.Target), final);
        Assert.Equal(Records, final.Objects);
    }

    private static async Task<CliRunner> WithOrganisationAsync()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "stam", "--name", "STAM Gent", "--kind", "museum", "--no-starter-thesaurus");
        return cli;
    }

    /// <summary>Starts the import as a child process, kills it (whole tree) once a few batches are committed; returns the committed position.</summary>
    private static async Task<long> StartAndKillAsync(CliRunner cli, string file)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in new[] { ServerProcess.DepotDll, "import", "adlib", file, "--org", "stam", "--batch-size", "50", "--database", cli.Target.ConnectionString })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await PositionAsync(cli.Target) < 200)
        {
            Assert.False(process.HasExited, "depot import ended before it could be killed");
            Assert.True(DateTime.UtcNow < deadline, "no batch was committed within two minutes");
            await Task.Delay(20, Ct);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(Ct);
        return await PositionAsync(cli.Target);
    }

    private static async Task<long> PositionAsync(DatabaseTarget target) =>
        await ScalarAsync(target, "SELECT coalesce(max(position), 0) FROM import_runs");

    private sealed record Counts(long Objects, long ObjectVersions, long SearchRows, long Facets, long Provenance, long Agents, long Concepts,
        long WithoutVersion, long WithoutSearch);

    private static void AssertWhole(Counts c)
    {
        Assert.Equal((0L, 0L), (c.WithoutVersion, c.WithoutSearch));
        Assert.Equal(c.Objects, c.ObjectVersions);
        Assert.Equal(c.Objects, c.SearchRows);
        Assert.Equal(c.Objects, c.Provenance);
        Assert.Equal(4 * c.Objects, c.Facets); // two makers and two materials each
    }

    private static async Task<Counts> CountsAsync(DatabaseTarget target) => new(
        await ScalarAsync(target, "SELECT count(*) FROM objects"),
        await ScalarAsync(target, "SELECT count(*) FROM record_versions WHERE record_type = 'Object'"),
        await ScalarAsync(target, "SELECT count(*) FROM object_search"),
        await ScalarAsync(target, "SELECT count(*) FROM object_terms"),
        await ScalarAsync(target, "SELECT count(*) FROM import_provenance"),
        await ScalarAsync(target, "SELECT count(*) FROM agents"),
        await ScalarAsync(target, "SELECT count(*) FROM concepts"),
        await ScalarAsync(target, "SELECT count(*) FROM objects o WHERE NOT EXISTS (SELECT 1 FROM record_versions v WHERE v.record_type = 'Object' AND v.record_id = o.id)"),
        await ScalarAsync(target, "SELECT count(*) FROM objects o WHERE NOT EXISTS (SELECT 1 FROM object_search s WHERE s.rowid = o.id)"));

    private static async Task<long> ScalarAsync(DatabaseTarget target, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
