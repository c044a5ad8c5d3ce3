namespace Depot.Storage.Database;

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Where Depot keeps its data: an engine and an ADO.NET connection string.</summary>
public sealed record DatabaseTarget(DatabaseEngine Engine, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/depot.db";

    /// <summary>
    /// Reads what a person types after <c>--database</c>: <c>postgres://user:pw@host:port/db</c>,
    /// <c>postgresql://…</c>, an Npgsql keyword string (<c>Host=…</c>), <c>sqlite:path</c>,
    /// a <c>Data Source=…</c> string, or a bare file path (SQLite).
    /// </summary>
    public static DatabaseTarget Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Sqlite(DefaultSqlitePath);
        var v = value.Trim();
        if (v.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new DatabaseTarget(DatabaseEngine.Postgres, FromPostgresUrl(new Uri(v)));
        if (v.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new DatabaseTarget(DatabaseEngine.Postgres, v);
        if (v.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
            return Sqlite(v["sqlite:".Length..]);
        if (v.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
            return new DatabaseTarget(DatabaseEngine.Sqlite, v);
        return Sqlite(v);
    }

    public static DatabaseTarget Sqlite(string path) =>
        new(DatabaseEngine.Sqlite, $"Data Source={path};Cache=Shared;Foreign Keys=True;Pooling=True;Default Timeout=30");

    private static string FromPostgresUrl(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var parts = new List<string>
        {
            $"Host={uri.Host}",
            $"Port={(uri.Port > 0 ? uri.Port : 5432)}",
            $"Database={uri.AbsolutePath.TrimStart('/')}",
        };
        if (userInfo[0].Length > 0) parts.Add($"Username={Uri.UnescapeDataString(userInfo[0])}");
        if (userInfo.Length > 1) parts.Add($"Password={Uri.UnescapeDataString(userInfo[1])}");
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) parts.Add($"{Uri.UnescapeDataString(kv[0])}={Uri.UnescapeDataString(kv[1])}");
        }
        return string.Join(';', parts);
    }

    /// <summary>The SQLite file this target points to, or null for PostgreSQL.</summary>
    public string? SqliteFile =>
        Engine == DatabaseEngine.Sqlite ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>The target with its password hidden, for logs and screens.</summary>
    public override string ToString() => Engine == DatabaseEngine.Sqlite
        ? $"SQLite {SqliteFile}"
        : "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
