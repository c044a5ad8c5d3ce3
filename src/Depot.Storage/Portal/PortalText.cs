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
    public static async Task AddAsync(DepotDbContext db, long objectId, string text, CancellationToken ct)
    {
        if (db.Engine == DatabaseEngine.Sqlite)
            await db.Database.ExecuteSqlAsync($"INSERT INTO portal_text(rowid, body) VALUES ({objectId}, {text})", ct);
        else
            await db.Database.ExecuteSqlAsync($"INSERT INTO portal_text(object_id, document) VALUES ({objectId}, to_tsvector('dutch', {text}))", ct);
    }

    public static async Task RemoveAsync(DepotDbContext db, IReadOnlyList<long> objectIds, CancellationToken ct)
    {
        foreach (var chunk in objectIds.Chunk(500))
        {
            var list = chunk.ToArray();
            if (db.Engine == DatabaseEngine.Sqlite)
            {
                // Ids are numbers formatted here, never text from outside.
                var sql = "DELETE FROM portal_text WHERE rowid IN (" + string.Join(",", list.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
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
