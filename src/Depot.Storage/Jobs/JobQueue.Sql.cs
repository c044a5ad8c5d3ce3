using System.Data.Common;
using System.Globalization;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Depot.Storage.Jobs;

/// <summary>The claim itself: one UPDATE … RETURNING per engine, so no two processes can take the same job.</summary>
public sealed partial class JobQueue
{
    private static async Task<long?> ClaimSqlAsync(DepotDbContext db, string worker, IReadOnlyCollection<string> kinds,
        DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var kindList = string.Join(", ", kinds.Select((k, i) => Add(cmd, "@k" + i.ToString(CultureInfo.InvariantCulture), k)));
        // PostgreSQL: SKIP LOCKED lets concurrent claimers pass over a row another transaction is taking.
        var locking = db.Engine == DatabaseEngine.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        cmd.CommandText = $"""
            UPDATE jobs SET state = 'Running', claimed_by = @worker, lease_until = @lease,
                attempts = attempts + 1, started_at = COALESCE(started_at, @now), error = ''
            WHERE id = (
                SELECT id FROM jobs
                WHERE kind IN ({kindList})
                  AND (state = 'Queued' OR (state = 'Running' AND lease_until < @now AND attempts < {MaxAttempts}))
                ORDER BY id
                LIMIT 1 {locking})
            RETURNING id
            """;
        Add(cmd, "@worker", worker);
        Add(cmd, "@lease", Time(db, leaseUntil));
        Add(cmd, "@now", Time(db, now));
        var id = await cmd.ExecuteScalarAsync(ct);
        return id is null or DBNull ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>Jobs whose worker died on every allowed attempt stay Failed instead of being retried forever.</summary>
    private static async Task<List<long>> GiveUpAbandonedAsync(DepotDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = $"""
            UPDATE jobs SET state = 'Failed', lease_until = NULL, finished_at = @now,
                error = 'The server process working on this job stopped {MaxAttempts} times; the job was given up.'
            WHERE state = 'Running' AND lease_until < @now AND attempts >= {MaxAttempts}
            RETURNING id
            """;
        Add(cmd, "@now", Time(db, now));
        var ids = new List<long>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>SQLite keeps times as text; write them exactly as EF Core does so that text order is time order.</summary>
    private static object Time(DepotDbContext db, DateTimeOffset value) => db.Engine == DatabaseEngine.Sqlite
        ? value.ToUniversalTime().ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)
        : value.ToUniversalTime();

    private static string Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
        return name;
    }
}
