using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Depot.Storage.Database;

/// <summary>Creates contexts for the configured engine and applies its migrations.</summary>
public sealed class DepotDatabase(DatabaseTarget target)
{
    public DatabaseTarget Target { get; } = target;

    public DepotDbContext CreateContext() => Target.Engine switch
    {
        DatabaseEngine.Sqlite => new SqliteDepotDbContext(SqliteOptions(Target.ConnectionString)),
        DatabaseEngine.Postgres => new PostgresDepotDbContext(PostgresOptions(Target.ConnectionString)),
        _ => throw new InvalidOperationException($"Unknown engine {Target.Engine}."),
    };

    internal static DbContextOptions<SqliteDepotDbContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteDepotDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__migrations"))
            .AddInterceptors(SqlitePragmas.Instance)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;

    internal static DbContextOptions<PostgresDepotDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresDepotDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__migrations"))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;

    /// <summary>Brings the schema up to date. Safe to run on every start and from several processes.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (Target.SqliteFile is { } file && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null) Directory.CreateDirectory(folder);
        }
        await using var db = CreateContext();
        if (Target.Engine == DatabaseEngine.Sqlite)
        {
            // WAL lets readers work while one writer commits, and survives a killed process.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        // On every start of an up-to-date database, comparing the applied list is all there is to
        // do; EF's full migrate (lock, model diff, history checks) costs a second of start-up.
        if (await IsUpToDateAsync(db, ct)) return;
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>True when every migration of this build is in the history table (read with one plain query).</summary>
    private static async Task<bool> IsUpToDateAsync(DepotDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = db.Engine == DatabaseEngine.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__migrations'"
            : "SELECT to_regclass('__migrations')::text";
        if (await command.ExecuteScalarAsync(ct) is not string) return false;
        command.CommandText = "SELECT \"MigrationId\" FROM \"__migrations\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        return known.All(applied.Contains);
    }

    /// <summary>Migrations not yet applied, for <c>depot migrate --dry-run</c> and start-up checks.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct)
    {
        await using var db = CreateContext();
        return [.. await db.Database.GetPendingMigrationsAsync(ct)];
    }
}

/// <summary>Per-connection SQLite settings: durable enough for a killed process, fast enough for bulk work.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        using var cmd = connection.CreateCommand();
        // synchronous=NORMAL in WAL mode: a committed transaction survives a killed process
        // (only a power cut can lose the last commits).
        cmd.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
    }
}
