using Depot.Cli.Tests.Support;
using Depot.Core.Organisations;
using Depot.Storage.Backup;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Commands;

public sealed class BackupCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_taken_while_another_connection_writes_is_a_consistent_snapshot()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("migrate");
        var database = new DepotDatabase(cli.Target);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var written = 0;
        // Each transaction adds one organisation and one job: any consistent snapshot has as many of each.
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = database.CreateContext();
                db.Organisations.Add(new Organisation { Slug = $"org-{written}", Name = $"Organisatie {written}", CreatedAt = DateTimeOffset.UtcNow });
                db.Jobs.Add(new BackgroundJob { Kind = "test", Payload = new string('x', 2000), CreatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync(CancellationToken.None);
                Interlocked.Increment(ref written);
            }
        }, Ct);
        while (Volatile.Read(ref written) < 50) await Task.Delay(10, Ct);

        var file = Path.Combine(Path.GetDirectoryName(cli.Target.SqliteFile)!, "backup.db");
        var result = await cli.RunAsync("backup", file);
        var atBackup = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < atBackup + 20) await Task.Delay(10, Ct);
        await stop.CancelAsync();
        await writer;

        Assert.True(result.ExitCode == 0, result.Output);
        var check = await SqliteBackup.VerifyAsync(file, Ct);
        Assert.True(check.IsDepotDatabase, check.Problem);
        var organisations = check.RowsIn("organisations");
        Assert.Equal(organisations, check.RowsIn("jobs"));
        Assert.InRange(organisations, 50, atBackup);
        await using var live = database.CreateContext();
        Assert.True(await live.Organisations.CountAsync(Ct) > organisations, "the writer kept writing after the backup");
        Assert.Contains("integriteit ok", result.Output);
    }

    [Fact]
    public async Task Backup_refuses_an_existing_file_and_PostgreSQL_points_to_pg_dump()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("migrate");
        var existing = Path.Combine(Path.GetDirectoryName(cli.Target.SqliteFile)!, "exists.db");
        await File.WriteAllTextAsync(existing, "keep me", Ct);

        var refused = await cli.RunAsync("backup", existing);
        var postgres = await new CliRunner(new DatabaseTarget(DatabaseEngine.Postgres, "Host=127.0.0.1;Database=x")).RunAsync("backup", "x.dump");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing, Ct));
        Assert.Equal(1, postgres.ExitCode);
        Assert.Contains("pg_dump", postgres.Output);
    }

    [Fact]
    public async Task Restore_refuses_to_overwrite_without_force_and_brings_the_backup_back_with_it()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "alfa", "--name", "Alfa", "--kind", "museum");
        var backup = Path.Combine(Path.GetDirectoryName(cli.Target.SqliteFile)!, "alfa.db");
        await cli.SucceedAsync("backup", backup);
        await cli.SucceedAsync("organisations", "add", "--slug", "beta", "--name", "Beta", "--kind", "archive");

        var refused = await cli.RunAsync("restore", backup);
        var afterRefusal = await Slugs(cli.Target);
        var restored = await cli.RunAsync("restore", backup, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Output);
        Assert.Equal(["alfa", "beta"], afterRefusal);
        Assert.True(restored.ExitCode == 0, restored.Output);
        Assert.Equal(["alfa"], await Slugs(cli.Target));
    }

    [Fact]
    public async Task Restore_into_a_new_file_works_and_a_file_that_is_no_Depot_backup_is_refused()
    {
        var source = CliRunner.OnNewSqlite();
        await source.SucceedAsync("organisations", "add", "--slug", "alfa", "--name", "Alfa", "--kind", "museum");
        var folder = Path.GetDirectoryName(source.Target.SqliteFile)!;
        var backup = Path.Combine(folder, "backup.db");
        await source.SucceedAsync("backup", backup);
        var plain = Path.Combine(folder, "plain.db");
        await using (var connection = new SqliteConnection($"Data Source={plain};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE notes(text TEXT)";
            await cmd.ExecuteNonQueryAsync(Ct);
        }
        var text = Path.Combine(folder, "text.db");
        await File.WriteAllTextAsync(text, "no database at all", Ct);
        var fresh = new CliRunner(DatabaseTarget.Sqlite(Path.Combine(folder, "restored", "depot.db")));

        var fromPlain = await fresh.RunAsync("restore", plain, "--lang", "en");
        var fromText = await fresh.RunAsync("restore", text, "--lang", "en");
        var restored = await fresh.RunAsync("restore", backup);

        Assert.Equal(1, fromPlain.ExitCode);
        Assert.Contains("no __migrations table", fromPlain.Output);
        Assert.Equal(1, fromText.ExitCode);
        Assert.Contains("is not a usable Depot backup", fromText.Output);
        Assert.True(restored.ExitCode == 0, restored.Output);
        Assert.Equal(["alfa"], await Slugs(fresh.Target));
    }

    private static async Task<List<string>> Slugs(DatabaseTarget target)
    {
        await using var db = new DepotDatabase(target).CreateContext();
        return await db.Organisations.OrderBy(o => o.Slug).Select(o => o.Slug).ToListAsync(Ct);
    }
}
