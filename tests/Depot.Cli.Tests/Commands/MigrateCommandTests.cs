using Depot.Cli.Tests.Support;
using Depot.Storage.Database;

namespace Depot.Cli.Tests.Commands;

public sealed class MigrateCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Dry_run_lists_pending_migrations_and_migrate_applies_them(DatabaseEngine engine)
    {
        var target = engine == DatabaseEngine.Sqlite ? TestDatabases.NewSqliteTarget() : await TestDatabases.NewPostgresTargetAsync(Ct);
        var cli = new CliRunner(target);
        var database = new DepotDatabase(target);
        var pending = await database.PendingMigrationsAsync(Ct);

        var dryRun = await cli.SucceedAsync("migrate", "--dry-run");
        var stillPending = await database.PendingMigrationsAsync(Ct);
        var migrate = await cli.SucceedAsync("migrate", "--lang", "en");
        var again = await cli.SucceedAsync("migrate", "--lang", "en");

        Assert.NotEmpty(pending);
        Assert.All(pending, name => Assert.Contains(name, dryRun.Output));
        Assert.Equal(pending, stillPending);
        Assert.Contains($"Applied {pending.Count} migrations.", migrate.Output);
        Assert.Empty(await database.PendingMigrationsAsync(Ct));
        Assert.Contains("No pending migrations", again.Output);
    }

    [Fact]
    public async Task Commands_on_an_unmigrated_PostgreSQL_database_ask_for_migrate()
    {
        var cli = new CliRunner(await TestDatabases.NewPostgresTargetAsync(Ct));

        var result = await cli.RunAsync("organisations", "list", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run `depot migrate` first", result.Output);
    }
}
