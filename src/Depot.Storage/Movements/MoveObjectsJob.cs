using System.Text.Json;
using Depot.Core.Movements;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Movements;

/// <summary>What a large move asks for: the request and who asked, kept in the job's payload.</summary>
public sealed record MoveObjectsPayload(List<long> ObjectIds, long ToLocationId, MovementReason Reason, DateTimeOffset MovedAt,
    string Note, bool SetPermanent, long? UserId, string ActorName);

/// <summary>What a finished large move did, kept as the job's result.</summary>
public sealed record MoveObjectsResult(int Moved, int AlreadyThere, int Skipped);

/// <summary>
/// Moves a large selection in the background, one transaction per batch, so a crate of thousands
/// neither holds the write lock for long nor times out a request. Deleted objects are skipped.
/// </summary>
public sealed class MoveObjectsJob(DepotDatabase database, MovementStore movements, JobQueue queue)
{
    public const string Kind = "movements.move";

    /// <summary>Above this many objects a move runs as a background job.</summary>
    public const int BackgroundThreshold = 250;

    private const int BatchSize = 100;

    public Task<BackgroundJob> EnqueueAsync(long organisationId, MoveRequest request, Actor actor, DateTimeOffset movedAt, CancellationToken ct) =>
        queue.EnqueueAsync(Kind, organisationId, JsonSerializer.Serialize(new MoveObjectsPayload(
            [.. request.ObjectIds.Distinct()], request.ToLocationId, request.Reason, request.MovedAt ?? movedAt, request.Note,
            request.SetPermanent, actor.UserId, actor.Name)), ct);

    public async Task<MoveObjectsResult> RunAsync(long organisationId, string payloadJson, Func<long, long, CancellationToken, Task> progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<MoveObjectsPayload>(payloadJson)
            ?? throw new InvalidOperationException("A movements.move job needs a payload.");
        List<long> live;
        await using (var db = database.CreateContext())
            live = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && !o.IsDeleted && payload.ObjectIds.Contains(o.Id))
                .Select(o => o.Id).ToListAsync(ct);
        var order = payload.ObjectIds.Where(live.ToHashSet().Contains).ToList();
        var actor = new Actor(payload.UserId, payload.ActorName);
        int moved = 0, already = 0, done = 0;
        await progress(0, order.Count, ct);
        foreach (var batch in order.Chunk(BatchSize))
        {
            // A batch of one would be refused when already there; batches of several skip it.
            var outcome = batch.Length == 1 && await IsThereAsync(organisationId, batch[0], payload.ToLocationId, ct)
                ? new MoveOutcome([], [batch[0]])
                : await movements.MoveAsync(organisationId, new MoveRequest(batch, payload.ToLocationId, payload.Reason, payload.MovedAt,
                    payload.Note, payload.SetPermanent), actor, ct);
            moved += outcome.Movements.Count;
            already += outcome.AlreadyThere.Count;
            done += batch.Length;
            await progress(done, order.Count, ct);
        }
        return new MoveObjectsResult(moved, already, payload.ObjectIds.Count - order.Count);
    }

    private async Task<bool> IsThereAsync(long organisationId, long objectId, long locationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Objects.AnyAsync(o => o.OrganisationId == organisationId && o.Id == objectId && o.CurrentLocationId == locationId, ct);
    }
}
