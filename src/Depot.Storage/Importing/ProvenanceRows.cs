using Depot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Depot.Storage.Importing;

/// <summary>Upserts a batch's provenance rows in its transaction: multi-row statements on SQLite, one array statement on PostgreSQL.</summary>
internal static class ProvenanceRows
{
    private const string Upsert = """
        ON CONFLICT (organisation_id, source_key) DO UPDATE SET object_id = excluded.object_id, content_hash = excluded.content_hash
        """;

    public static async Task UpsertAsync(DepotDbContext db, long organisationId, List<(string Key, long ObjectId, string Hash)> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO import_provenance (organisation_id, source_key, object_id, content_hash)
                SELECT $1, k, o, h FROM unnest($2::text[], $3::bigint[], $4::text[]) AS t(k, o, h)
                {Upsert}
                """, npgsql);
            command.Parameters.Add(new NpgsqlParameter { Value = organisationId });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Key).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.ObjectId).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Hash).ToArray() });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        var sqlite = (SqliteConnection)connection;
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        // Up to 100 rows per statement: far fewer statements than rows, each prepared once per size.
        SqliteCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += SqliteRows)
            {
                var count = Math.Min(SqliteRows, rows.Count - start);
                var insert = count == SqliteRows ? (full ??= SqliteInsert(sqlite, transaction, count)) : SqliteInsert(sqlite, transaction, count);
                insert.Parameters[0].Value = organisationId;
                for (var i = 0; i < count; i++)
                {
                    var (k, o, h) = rows[start + i];
                    insert.Parameters[1 + 3 * i].Value = k;
                    insert.Parameters[2 + 3 * i].Value = o;
                    insert.Parameters[3 + 3 * i].Value = h;
                }
                await insert.ExecuteNonQueryAsync(ct);
                if (insert != full) await insert.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
    }

    private const int SqliteRows = 100;

    private static SqliteCommand SqliteInsert(SqliteConnection connection, SqliteTransaction? transaction, int rows)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO import_provenance (organisation_id, source_key, object_id, content_hash)
            VALUES {string.Join(", ", Enumerable.Range(0, rows).Select(i => $"($org, $k{i}, $o{i}, $h{i})"))}
            {Upsert}
            """;
        insert.Parameters.Add("$org", SqliteType.Integer);
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters.Add($"$k{i}", SqliteType.Text);
            insert.Parameters.Add($"$o{i}", SqliteType.Integer);
            insert.Parameters.Add($"$h{i}", SqliteType.Text);
        }
        return insert;
    }
}
