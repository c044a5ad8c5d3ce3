using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Search;

/// <summary>
/// The engine-specific full-text table: SQLite FTS5 (rowid = object id, diacritics folded) and
/// PostgreSQL <c>tsvector</c> with the Dutch stemmer. Both are created by the engines' migrations.
/// </summary>
internal static class SearchIndexSql
{
    public static async Task UpsertAsync(DepotDbContext db, long objectId, long organisationId, string document, CancellationToken ct)
    {
        if (db.Engine == DatabaseEngine.Sqlite)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM object_search WHERE rowid = {objectId}", ct);
            await db.Database.ExecuteSqlAsync($"INSERT INTO object_search(rowid, body) VALUES ({objectId}, {document})", ct);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO object_search(object_id, organisation_id, document)
                VALUES ({objectId}, {organisationId}, to_tsvector('dutch', {document}))
                ON CONFLICT (object_id) DO UPDATE SET document = excluded.document
                """, ct);
        }
    }

    public static async Task RemoveAsync(DepotDbContext db, long objectId, CancellationToken ct)
    {
        if (db.Engine == DatabaseEngine.Sqlite)
            await db.Database.ExecuteSqlAsync($"DELETE FROM object_search WHERE rowid = {objectId}", ct);
        else
            await db.Database.ExecuteSqlAsync($"DELETE FROM object_search WHERE object_id = {objectId}", ct);
    }
}
