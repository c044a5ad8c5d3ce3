using Depot.Storage.Database;
using Microsoft.Data.Sqlite;

namespace Depot.Storage.Backup;

/// <summary>
/// Online backup and restore of an embedded (SQLite) Depot database. A backup is a consistent
/// snapshot taken while the server keeps writing (WAL readers never block the writer). PostgreSQL
/// installations back up with <c>pg_dump</c> instead.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a snapshot of <paramref name="source"/> to <paramref name="destination"/> (which must not exist) and checks it.</summary>
    public static async Task<BackupCheck> CreateAsync(DatabaseTarget source, string destination, CancellationToken ct)
    {
        var file = source.SqliteFile ?? throw new InvalidOperationException("Only SQLite databases are backed up this way.");
        if (!File.Exists(file)) throw new FileNotFoundException("The database file does not exist.", file);
        var full = Path.GetFullPath(destination);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside the destination under another name and moved into place only when complete
        // and checked, so a half-written file never looks like a backup.
        var partial = full + ".partial";
        File.Delete(partial);
        try
        {
            await using (var connection = Open(file, SqliteOpenMode.ReadWrite))
            {
                await connection.OpenAsync(ct);
                await using var cmd = connection.CreateCommand();
                // VACUUM INTO copies one read transaction's view: a consistent snapshot, compacted.
                cmd.CommandText = "VACUUM INTO @path";
                cmd.Parameters.AddWithValue("@path", partial);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            var check = await VerifyAsync(partial, ct);
            if (!check.IsDepotDatabase)
                throw new InvalidOperationException("The backup did not pass its own check: " + check.Problem);
            File.Move(partial, full);
            return check;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Whether a file is an intact Depot SQLite database, with the row count of each table.</summary>
    public static async Task<BackupCheck> VerifyAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file)) return BackupCheck.Failed("the file does not exist");
        try
        {
            await using var connection = Open(file, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(ct);
            var integrity = (string?)await Scalar(connection, "PRAGMA integrity_check", ct);
            if (integrity != "ok") return BackupCheck.Failed("integrity check failed: " + integrity);
            var tables = new List<string>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'object_search_%' ORDER BY name";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
            }
            if (!tables.Contains("__migrations")) return BackupCheck.Failed("it has no __migrations table, so it is not a Depot database");
            var counts = new List<TableCount>();
            foreach (var table in tables)
                counts.Add(new TableCount(table, (long)(await Scalar(connection, $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct))!));
            return new BackupCheck(true, "", counts);
        }
        catch (SqliteException e)
        {
            return BackupCheck.Failed(e.Message);
        }
    }

    /// <summary>Copies a checked backup over <paramref name="target"/> through SQLite's backup API (safe with WAL files present).</summary>
    public static async Task RestoreAsync(string backupFile, DatabaseTarget target, CancellationToken ct)
    {
        var file = target.SqliteFile ?? throw new InvalidOperationException("Only SQLite databases are restored this way.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null) Directory.CreateDirectory(folder);
        await using var source = Open(backupFile, SqliteOpenMode.ReadOnly);
        await using var destination = Open(file, SqliteOpenMode.ReadWriteCreate);
        await source.OpenAsync(ct);
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
        await using var cmd = destination.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = mode,
        Cache = SqliteCacheMode.Private,
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString());

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }
}

public sealed record TableCount(string Table, long Rows);

/// <summary>The result of checking a backup file.</summary>
public sealed record BackupCheck(bool IsDepotDatabase, string Problem, IReadOnlyList<TableCount> Tables)
{
    public static BackupCheck Failed(string problem) => new(false, problem, []);

    public long RowsIn(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}
