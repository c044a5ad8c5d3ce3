using Depot.Storage.Database;
using Npgsql;

namespace Depot.Web.Tests.Support;

/// <summary>
/// Fresh, empty databases for a test host: a SQLite file in a temp folder, or a new database on
/// the PostgreSQL server that <c>test.sh</c> starts (<c>DEPOT_TEST_POSTGRES</c>). The host migrates them.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "DEPOT_TEST_POSTGRES";

    public static TheoryData<DatabaseEngine> Engines => [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];

    public static string NewSqliteFile() =>
        Path.Combine(Directory.CreateTempSubdirectory("depot-web-test-").FullName, "depot.db");

    /// <summary>Creates an empty database with a unique name on the test server and returns its connection string.</summary>
    public static async Task<string> NewPostgresDatabaseAsync(CancellationToken ct)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the tests through ./test.sh, which starts a PostgreSQL server, or point it at one.");
        var name = "depot_web_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
