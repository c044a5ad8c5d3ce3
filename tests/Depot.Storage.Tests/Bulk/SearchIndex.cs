using System.Data.Common;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Bulk;

/// <summary>Raw looks into the engine's full-text table, independent of the search feature.</summary>
internal static class SearchIndex
{
    public static async Task<List<long>> MatchAsync(DepotDatabase database, long organisationId, string word, CancellationToken ct) =>
        await QueryAsync(database, database.Target.Engine == DatabaseEngine.Sqlite
            ? "SELECT rowid FROM object_search WHERE object_search MATCH @p0"
            : "SELECT object_id FROM object_search WHERE organisation_id = @p1 AND document @@ plainto_tsquery('dutch', @p0)",
            r => r.GetInt64(0), ct, database.Target.Engine == DatabaseEngine.Sqlite ? $"\"{word}\"" : word, organisationId);

    public static async Task<long> CountAsync(DepotDatabase database, CancellationToken ct) =>
        (await QueryAsync(database, "SELECT count(*) FROM object_search", r => r.GetInt64(0), ct)).Single();

    /// <summary>The distinct words (SQLite) or lexemes (PostgreSQL) indexed for one object, sorted.</summary>
    public static async Task<List<string>> WordsAsync(DepotDatabase database, long objectId, CancellationToken ct)
    {
        if (database.Target.Engine == DatabaseEngine.Postgres)
            return await QueryAsync(database,
                "SELECT l FROM object_search, unnest(tsvector_to_array(document)) AS l WHERE object_id = @p0 ORDER BY l COLLATE \"C\"",
                r => r.GetString(0), ct, objectId);
        var body = (await QueryAsync(database, "SELECT body FROM object_search WHERE rowid = @p0", r => r.GetString(0), ct, objectId)).Single();
        return [.. body.Split((char[])[' ', ',', '.', '(', ')', '-', ';', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
    }

    private static async Task<List<T>> QueryAsync<T>(DepotDatabase database, string sql, Func<DbDataReader, T> read, CancellationToken ct, params object[] args)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            p.Value = args[i];
            command.Parameters.Add(p);
        }
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) results.Add(read(reader));
        return results;
    }
}
