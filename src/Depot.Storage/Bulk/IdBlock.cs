using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Depot.Storage.Bulk;

/// <summary>
/// Real ids for records numbered 1..n in an <see cref="AuthoritySet"/>. On PostgreSQL they come
/// from the table's identity sequence; on SQLite from its AUTOINCREMENT counter, read inside the
/// caller's write transaction so no other writer can take them.
/// </summary>
internal sealed class IdBlock(long[] ids)
{
    public long Real(long local) => ids[local - 1];

    public static async Task<IdBlock> ReserveAsync(DepotDbContext db, string table, int count, CancellationToken ct)
    {
        if (count == 0) return new IdBlock([]);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Engine == DatabaseEngine.Postgres)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, {count})";
            var ids = new List<long>(count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
            return new IdBlock([.. ids]);
        }
        command.CommandText = $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), coalesce((SELECT max(id) FROM {table}), 0)) + 1";
        var first = (long)(await command.ExecuteScalarAsync(ct))!;
        return new IdBlock([.. Enumerable.Range(0, count).Select(i => first + i)]);
    }
}
