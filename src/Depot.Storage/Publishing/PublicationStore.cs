using Depot.Core;
using Depot.Core.Publishing;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Publishing;

/// <summary>
/// Reads the public feed: what every public route serves. Nothing here reads registrations
/// directly, so nothing here can leak an internal field. Callers that must include the latest
/// edits run <see cref="PublicationProjector.CatchUpAsync"/> first.
/// </summary>
public sealed class PublicationStore(DepotDatabase database)
{
    /// <summary>The public state of one object: null when it was never public; <see cref="PublicState.Current"/> is null when withdrawn or deleted (410).</summary>
    public async Task<PublicState?> FindObjectAsync(long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var record = await db.PublishedRecords.SingleOrDefaultAsync(r => r.RecordType == RecordType.Object && r.RecordId == objectId, ct);
        if (record is null) return null;
        if (!record.IsPublic) return new PublicState(record, null);
        var snapshot = await db.PublicationEvents.Where(e => e.Sequence == record.LastEventSequence).Select(e => e.Snapshot).SingleAsync(ct);
        return new PublicState(record, DepotJson.Deserialize<PublicObject>(snapshot));
    }

    /// <summary>Events after a position, in feed order: of one organisation, or of the whole sector when null.</summary>
    public async Task<IReadOnlyList<PublicFeedEvent>> EventsAsync(long? organisationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var query = db.PublicationEvents.Where(e => e.Sequence > afterSequence);
        if (organisationId is long org) query = query.Where(e => e.OrganisationId == org);
        var rows = await query.OrderBy(e => e.Sequence).Take(limit).ToListAsync(ct);
        return rows.Select(e => new PublicFeedEvent(e, e.Snapshot.Length > 0 ? DepotJson.Deserialize<PublicObject>(e.Snapshot) : null)).ToList();
    }

    /// <summary>Positions and times only of the events after a position, in feed order (an index scan: no snapshots are read).</summary>
    public async Task<IReadOnlyList<PublicFeedPosition>> PositionsAsync(long? organisationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var query = db.PublicationEvents.Where(e => e.Sequence > afterSequence);
        if (organisationId is long org) query = query.Where(e => e.OrganisationId == org);
        return await query.OrderBy(e => e.Sequence).Take(limit).Select(e => new PublicFeedPosition(e.Sequence, e.At)).ToListAsync(ct);
    }

    /// <summary>The current public shapes of these objects (those still public), keyed by object id.</summary>
    public async Task<IReadOnlyDictionary<long, PublicObject>> CurrentAsync(IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var result = new Dictionary<long, PublicObject>();
        foreach (var chunk in objectIds.Chunk(500))
        {
            var snapshots = await db.PublishedRecords
                .Where(r => r.RecordType == RecordType.Object && r.IsPublic && chunk.Contains(r.RecordId))
                .Join(db.PublicationEvents, r => r.LastEventSequence, e => e.Sequence, (r, e) => new { r.RecordId, e.Snapshot })
                .ToListAsync(ct);
            foreach (var s in snapshots) result[s.RecordId] = DepotJson.Deserialize<PublicObject>(s.Snapshot);
        }
        return result;
    }
}

public sealed record PublicState(PublishedRecord Record, PublicObject? Current);

/// <summary>Where an event is in the feed, and when it happened.</summary>
public sealed record PublicFeedPosition(long Sequence, DateTimeOffset At);

/// <summary>One event with its public shape (null for a withdrawal).</summary>
public sealed record PublicFeedEvent(PublicationEvent Event, PublicObject? Object);
