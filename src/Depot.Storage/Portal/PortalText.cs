using System.Globalization;
using System.Text;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Portal;

/// <summary>
/// The portal's full-text table, per engine like the registration search: FTS5 on SQLite (rowid =
/// object id, diacritics folded), a Dutch-stemmed <c>tsvector</c> with a GIN index on PostgreSQL.
/// Created by the hand-written <c>PortalText</c> migrations.
/// </summary>
internal static class PortalText
{
    /// <summary>Rows per SQLite statement: two parameters each, well under SQLite's parameter limit.</summary>
    private const int SqliteRowsPerStatement = 250;

    /// <summary>
    /// Adds the text rows of a batch of objects in as few statements as the engine allows: one
    /// statement per batch on PostgreSQL (the arrays unnested, <c>to_tsvector</c> in the server), multi-row
    /// inserts on SQLite. One statement per object made the catch-up crawl (35–40 objects/s on PostgreSQL).
    /// </summary>
    public static async Task AddAsync(DepotDbContext db, IReadOnlyList<(long Id, string Text)> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        if (db.Engine != DatabaseEngine.Sqlite)
        {
            var ids = rows.Select(r => r.Id).ToArray();
            var texts = rows.Select(r => r.Text).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO portal_text(object_id, document) SELECT t.id, to_tsvector('dutch', t.body) FROM unnest({ids}, {texts}) AS t(id, body)", ct);
            return;
        }
        foreach (var chunk in rows.Chunk(SqliteRowsPerStatement))
        {
            // Placeholders only; every value is a parameter.
            var sql = new StringBuilder("INSERT INTO portal_text(rowid, body) VALUES ");
            var parameters = new object[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(", ");
                sql.Append(CultureInfo.InvariantCulture, $"({{{2 * i}}}, {{{2 * i + 1}}})");
                parameters[2 * i] = chunk[i].Id;
                parameters[2 * i + 1] = chunk[i].Text;
            }
#pragma warning disable EF1002 // The SQL holds placeholders only.
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
#pragma warning restore EF1002
        }
    }

    public static async Task RemoveAsync(DepotDbContext db, IReadOnlyList<long> objectIds, CancellationToken ct)
    {
        foreach (var chunk in objectIds.Chunk(500))
        {
            var list = chunk.ToArray();
            if (db.Engine == DatabaseEngine.Sqlite)
            {
                // Ids are numbers formatted here, never text from outside.
                var sql = "DELETE FROM portal_text WHERE rowid IN (" + string.Join(",", list.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ")";
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }
            else
                await db.Database.ExecuteSqlAsync($"DELETE FROM portal_text WHERE object_id = ANY({list})", ct);
        }
    }

    /// <summary>The condition "o.object_id matches the keywords" with the engine's query in <paramref name="parameter"/>.</summary>
    public static string Condition(DatabaseEngine engine, string parameter) => engine == DatabaseEngine.Sqlite
        ? $"o.object_id IN (SELECT rowid FROM portal_text WHERE portal_text MATCH {parameter})"
        : $"o.object_id IN (SELECT p.object_id FROM portal_text p WHERE p.document @@ to_tsquery('dutch', {parameter}))";
}
