using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Jobs;

/// <summary>
/// The durable job queue in the <c>jobs</c> table. Any number of server processes on one database
/// claim from it; a claim is one atomic statement, so exactly one process gets each job. A worker
/// holds a job through a lease it renews; when the lease runs out (the process died) another
/// process takes the job over, up to <see cref="MaxAttempts"/> tries.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A job queue in the domain sense, not a collection type.")]
public sealed partial class JobQueue(DepotDatabase database, TimeProvider clock, IEnumerable<IJobGiveUp>? giveUps = null)
{
    public const int MaxAttempts = 3;

    public async Task<BackgroundJob> EnqueueAsync(string kind, long? organisationId, string payload, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var job = new BackgroundJob
        {
            Kind = kind,
            OrganisationId = organisationId,
            Payload = string.IsNullOrWhiteSpace(payload) ? "{}" : payload,
            State = JobState.Queued,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = database.CreateContext();
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job;
    }

    public async Task<BackgroundJob?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
    }

    /// <summary>The most recent jobs of an organisation, newest first.</summary>
    public async Task<IReadOnlyList<BackgroundJob>> ListAsync(long organisationId, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.AsNoTracking().Where(j => j.OrganisationId == organisationId)
            .OrderByDescending(j => j.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>
    /// Takes the oldest queued job of one of <paramref name="kinds"/> (or a running one whose lease
    /// ran out) for <paramref name="worker"/>, or returns null when there is none.
    /// </summary>
    public async Task<BackgroundJob?> ClaimAsync(string worker, IReadOnlyCollection<string> kinds, TimeSpan lease, CancellationToken ct)
    {
        if (kinds.Count == 0) return null;
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(ct);
        long? id;
        List<long> givenUp;
        if (db.Engine == DatabaseEngine.Sqlite)
        {
            // BEGIN IMMEDIATE: SQLite hands out one write lock at a time, so the read-then-update is atomic.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            givenUp = await GiveUpAbandonedAsync(db, now, ct);
            id = await ClaimSqlAsync(db, worker, kinds, now, now + lease, ct);
            await tx.CommitAsync(ct);
        }
        else
        {
            givenUp = await GiveUpAbandonedAsync(db, now, ct);
            id = await ClaimSqlAsync(db, worker, kinds, now, now + lease, ct);
        }
        await TellGivenUpAsync(givenUp, ct);
        return id is null ? null : await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
    }

    /// <summary>Extends the lease; false when this worker no longer holds the job.</summary>
    public async Task<bool> RenewAsync(long id, string worker, TimeSpan lease, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + lease;
        await using var db = database.CreateContext();
        return await Held(db, id, worker).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, until), ct) == 1;
    }

    /// <summary>Records progress (and renews the lease); false when this worker no longer holds the job.</summary>
    public async Task<bool> ReportAsync(long id, string worker, long progress, long? total, string message, TimeSpan lease, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + lease;
        await using var db = database.CreateContext();
        return await Held(db, id, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Progress, progress)
            .SetProperty(j => j.Total, total)
            .SetProperty(j => j.Message, message)
            .SetProperty(j => j.LeaseUntil, until), ct) == 1;
    }

    public async Task<bool> SucceedAsync(long id, string worker, string result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        return await Held(db, id, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Succeeded)
            .SetProperty(j => j.Result, result)
            .SetProperty(j => j.Error, "")
            .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(j => j.FinishedAt, now), ct) == 1;
    }

    /// <summary>
    /// Records a failed attempt: the job goes back in the queue until it has been tried
    /// <see cref="MaxAttempts"/> times, then it stays Failed with the error.
    /// </summary>
    public async Task<bool> FailAsync(long id, string worker, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        var retried = await Held(db, id, worker).Where(j => j.Attempts < MaxAttempts).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.ClaimedBy, (string?)null)
            .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null), ct);
        if (retried == 1) return true;
        if (await Held(db, id, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Failed)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(j => j.FinishedAt, now), ct) != 1) return false;
        await TellGivenUpAsync([id], ct);
        return true;
    }

    /// <summary>Tells the <see cref="IJobGiveUp"/> of each job's kind; one that fails does not stop the queue (the job stays Failed with its own error).</summary>
    private async Task TellGivenUpAsync(List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0 || giveUps is null) return;
        await using var db = database.CreateContext();
        foreach (var job in await db.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(ct))
            foreach (var giveUp in giveUps.Where(g => g.Kind == job.Kind))
            {
                try
                {
                    await giveUp.GaveUpAsync(job, ct);
                }
#pragma warning disable CA1031 // Whatever the hook threw, the claim or failure it follows has happened and must stand.
                catch (Exception) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    // Nothing more to do here: the job itself records why it was given up.
                }
            }
    }

    /// <summary>Puts a job this worker holds back in the queue (the process is shutting down); that try does not count as an attempt.</summary>
    public async Task<bool> ReleaseAsync(long id, string worker, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await Held(db, id, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.ClaimedBy, (string?)null)
            .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null), ct) == 1;
    }

    private static IQueryable<BackgroundJob> Held(DepotDbContext db, long id, string worker) =>
        db.Jobs.Where(j => j.Id == id && j.ClaimedBy == worker && j.State == JobState.Running);
}
