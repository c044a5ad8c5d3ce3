using Depot.Storage.Database;
using Npgsql;

namespace Depot.Testing;

/// <summary>
/// Fresh, empty, migrated databases for tests: a SQLite file in a temp folder, or a new database
/// on the PostgreSQL server that <c>test.sh</c> starts (<c>DEPOT_TEST_POSTGRES</c>).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "DEPOT_TEST_POSTGRES";

    public static TheoryData<DatabaseEngine> Engines => [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];

    public static async Task<DepotDatabase> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var target = engine == DatabaseEngine.Sqlite ? NewSqliteTarget() : await NewPostgresTargetAsync(ct);
        var database = new DepotDatabase(target);
        await database.MigrateAsync(ct);
        return database;
    }

    public static DatabaseTarget NewSqliteTarget()
    {
        var folder = Directory.CreateTempSubdirectory("depot-test-");
        return DatabaseTarget.Sqlite(Path.Combine(folder.FullName, "depot.db"));
    }

    /// <summary>Creates an empty database with a unique name on the test server.</summary>
    public static async Task<DatabaseTarget> NewPostgresTargetAsync(CancellationToken ct)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the tests through ./test.sh, which starts a PostgreSQL server, or point it at one.");
        var name = "depot_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new DatabaseTarget(DatabaseEngine.Postgres, builder.ConnectionString);
    }
}
