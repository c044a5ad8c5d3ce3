using Depot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Depot.Storage.Importing;

/// <summary>Upserts a batch's provenance rows in its transaction: a prepared statement on SQLite, one array statement on PostgreSQL.</summary>
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
        await using var insert = ((SqliteConnection)connection).CreateCommand();
        insert.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        insert.CommandText = $"""
            INSERT INTO import_provenance (organisation_id, source_key, object_id, content_hash) VALUES ($org, $key, $object, $hash)
            {Upsert}
            """;
        var org = insert.Parameters.Add("$org", SqliteType.Integer);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var obj = insert.Parameters.Add("$object", SqliteType.Integer);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        org.Value = organisationId;
        foreach (var (k, o, h) in rows)
        {
            key.Value = k;
            obj.Value = o;
            hash.Value = h;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
