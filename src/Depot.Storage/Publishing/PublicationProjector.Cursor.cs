using System.Data.Common;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Publishing;

/// <summary>
/// Where the projector is, and how far it may go. Two rules keep the feed exact when several
/// Depot processes share one database and write concurrently:
/// <list type="bullet">
/// <item>The cursor only moves by a conditional update (<c>WHERE position = @seen</c>) in the same
/// transaction as the events it covers: of two processes that read the same position, one
/// writes events, the other's update matches no row and it rolls back — nothing is published twice.</item>
/// <item>The projector never reads past the <em>settled horizon</em>: the highest change-feed position
/// below which no transaction is still in flight. On PostgreSQL, sequence values are handed out
/// at insert but become visible at commit, so a long import can commit position 100 after an edit
/// committed 101; reading up to the max visible position would skip 100 for ever.</item>
/// </list>
/// </summary>
public sealed partial class PublicationProjector
{
    /// <summary>The cursor's position, creating the cursor at 0 the first time (racing processes both succeed).</summary>
    private static async Task<long> PositionAsync(DepotDbContext db, CancellationToken ct)
    {
        var position = await db.FeedCursors.Where(c => c.Name == CursorName).Select(c => (long?)c.Position).SingleOrDefaultAsync(ct);
        if (position is long known) return known;
        await db.Database.ExecuteSqlAsync($"INSERT INTO feed_cursors (name, position) VALUES ({CursorName}, 0) ON CONFLICT (name) DO NOTHING", ct);
        return await db.FeedCursors.Where(c => c.Name == CursorName).Select(c => c.Position).SingleAsync(ct);
    }

    /// <summary>Moves the cursor from <paramref name="seen"/> to <paramref name="next"/>; false when another process moved it first.</summary>
    /// <remarks>
    /// On PostgreSQL the update takes the row lock: a concurrent claimant waits for this transaction
    /// and then finds the position changed. On SQLite every write transaction is exclusive already.
    /// </remarks>
    private static async Task<bool> ClaimAsync(DepotDbContext db, long seen, long next, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"UPDATE feed_cursors SET position = {next} WHERE name = {CursorName} AND position = {seen}", ct) == 1;

    /// <summary>
    /// The highest change-feed position every writer before it has settled (committed or rolled
    /// back); null when writers are still busy (a long import) — the feed then stays as it is.
    /// <paramref name="visible"/> is the highest position this context already sees.
    /// </summary>
    private static async Task<long?> SettledHorizonAsync(DepotDbContext db, long visible, CancellationToken ct)
    {
        // SQLite has one writer at a time, so positions become visible in order.
        if (db.Engine == DatabaseEngine.Sqlite) return visible;
        return await QuietHorizonAsync(db, ct) ?? await LockedHorizonAsync(db, ct);
    }

    /// <summary>
    /// Without a lock: the sequence's last handed-out position, when no other transaction then holds
    /// a writer's lock on <c>record_versions</c>. An insert takes that lock before it draws its
    /// position and keeps it until it ends, so every position drawn before the check belongs to a
    /// transaction that has settled. Null while writers are in flight. Autovacuum after a bulk load
    /// holds a different lock (SHARE UPDATE EXCLUSIVE), so it does not hold the projector back, as it
    /// did when the horizon needed the table's SHARE lock within a short timeout.
    /// </summary>
    private static async Task<long?> QuietHorizonAsync(DepotDbContext db, CancellationToken ct)
    {
        // Two statements in this order: the position first, then the writers.
        var drawn = await db.Database.SqlQueryRaw<long>(
            "SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence('record_versions', 'sequence')::regclass), 0) AS \"Value\"").SingleAsync(ct);
        var writers = await db.Database.SqlQueryRaw<long>(
            """
            SELECT COUNT(*) AS "Value" FROM pg_locks
            WHERE locktype = 'relation' AND relation = 'record_versions'::regclass AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND mode = 'RowExclusiveLock' AND pid IS DISTINCT FROM pg_backend_pid()
            """).SingleAsync(ct);
        return writers == 0 ? drawn : null;
    }

    /// <summary>
    /// With writers in flight: SHARE mode waits for every transaction that inserted versions (ROW
    /// EXCLUSIVE) and holds off new ones for the instant of one index lookup. The timeout (250 ms)
    /// keeps a long bulk import from stalling readers and, queued behind this lock, the other writers.
    /// </summary>
    private static async Task<long?> LockedHorizonAsync(DepotDbContext db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '250ms'", ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE record_versions IN SHARE MODE", ct);
        }
        catch (DbException e) when (e.SqlState == "55P03")
        {
            return null;
        }
        var max = await MaxSequenceAsync(db, ct);
        await tx.CommitAsync(ct);
        return max;
    }

    private static async Task<long> MaxSequenceAsync(DepotDbContext db, CancellationToken ct) =>
        await db.RecordVersions.MaxAsync(v => (long?)v.Sequence, ct) ?? 0;
}
