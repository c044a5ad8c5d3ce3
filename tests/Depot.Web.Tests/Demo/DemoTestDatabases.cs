using Depot.Storage.Database;
using Npgsql;

namespace Depot.Web.Tests.Demo;

/// <summary>A fresh empty database per test: a SQLite file in a temp folder, or a new database on DEPOT_TEST_POSTGRES.</summary>
internal static class DemoTestDatabases
{
    public static async Task<DatabaseTarget> NewAsync(DatabaseEngine engine, CancellationToken ct)
    {
        if (engine == DatabaseEngine.Sqlite)
            return DatabaseTarget.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("depot-demo-").FullName, "depot.db"));
        var server = Environment.GetEnvironmentVariable("DEPOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException("DEPOT_TEST_POSTGRES is not set: run the tests through ./test.sh or point it at a PostgreSQL server.");
        var name = "depot_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return new DatabaseTarget(DatabaseEngine.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }
}
