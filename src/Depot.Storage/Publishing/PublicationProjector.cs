using System.Security.Cryptography;
using System.Text;
using Depot.Core;
using Depot.Core.History;
using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Publishing;

/// <summary>
/// Keeps the public feed (<see cref="PublicationEvent"/>s and <see cref="PublishedRecord"/>s)
/// in step with registration. It reads the change feed (record versions) from where it last
/// stopped, so every write path — forms, API, batch edits, imports — publishes without knowing
/// about publishing; an object version makes an event only when its public shape changed.
/// Authority edits (a maker's name) re-publish the public objects that use them.
/// </summary>
/// <remarks>
/// One instance per database (a singleton): catch-ups are serialised in this process. Readers
/// of the feed call <see cref="CatchUpAsync"/> first, so what they serve includes every change
/// committed before the request; a background worker also calls it every few seconds.
/// </remarks>
public sealed partial class PublicationProjector(DepotDatabase database) : IDisposable
{
    public const string CursorName = "publication";
    private const int BatchSize = 1000;

    private static readonly RecordType[] FeedTypes = [RecordType.Object, RecordType.Agent, RecordType.Place, RecordType.Concept];

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Projects every change committed so far; returns the number of public events written.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var written = 0;
            while (true)
            {
                var batch = await ProjectBatchAsync(ct);
                written += batch.Events;
                if (!batch.More) return Notify(written);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Re-publishes objects whose public shape changed outside the change feed (an image added or
    /// held back); an object whose public shape is unchanged gets no event.
    /// </summary>
    public async Task<int> RefreshAsync(IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var db = database.CreateContext();
            await PositionAsync(db, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Takes the cursor's row lock, so no other process projects in between (see ClaimAsync).
            await db.Database.ExecuteSqlAsync($"UPDATE feed_cursors SET position = position WHERE name = {CursorName}", ct);
            var position = await PositionAsync(db, ct);
            var current = await LoadObjectsAsync(db, objectIds, ct);
            var changes = current.Select(o => new ObjectChange(o, position, DateTimeOffset.UtcNow, false)).ToList();
            var events = await ApplyAsync(db, changes, ct);
            await tx.CommitAsync(ct);
            return Notify(events);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(int Events, bool More)> ProjectBatchAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var position = await PositionAsync(db, ct);
        // Every public request catches up first: when nothing new is visible (nearly always) it
        // stops here, before the horizon's table lock on PostgreSQL.
        var visible = await MaxSequenceAsync(db, ct);
        if (visible <= position) return (0, false);
        var horizon = await SettledHorizonAsync(db, visible, ct);
        if (horizon is not long settled || settled <= position) return (0, false);

        var versions = await db.RecordVersions
            .Where(v => v.Sequence > position && v.Sequence <= settled && FeedTypes.Contains(v.RecordType))
            .OrderBy(v => v.Sequence).Take(BatchSize).ToListAsync(ct);
        // A short batch holds every feed version up to the horizon; sequences of other record
        // types (procedures, locations) are skipped past with it.
        var full = versions.Count == BatchSize;
        var last = full ? versions[^1].Sequence : settled;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(db, position, last, ct))
        {
            // Another process projected this range meanwhile (and has committed): go on from its position.
            await tx.RollbackAsync(ct);
            return (0, true);
        }

        var changes = new List<ObjectChange>();
        var authorityVersions = new List<RecordVersion>();
        foreach (var v in versions)
        {
            if (v.RecordType == RecordType.Object)
                changes.Add(new ObjectChange(DepotJson.Deserialize<CollectionObject>(v.Snapshot), v.Sequence, v.ChangedAt, v.Change == ChangeKind.Deleted));
            else
                authorityVersions.Add(v);
        }
        if (authorityVersions.Count > 0)
        {
            var users = await PublicObjectsUsingAsync(db, authorityVersions, ct);
            var at = authorityVersions[^1].ChangedAt;
            changes.AddRange((await LoadObjectsAsync(db, users, ct)).Select(o => new ObjectChange(o, authorityVersions[^1].Sequence, at, false)));
        }

        var events = await ApplyAsync(db, changes, ct);
        await tx.CommitAsync(ct);
        return (events, full);
    }

    private sealed record ObjectChange(CollectionObject Object, long SourceSequence, DateTimeOffset At, bool Deleted);

    private static async Task<int> ApplyAsync(DepotDbContext db, List<ObjectChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return 0;
        var ids = changes.Select(c => c.Object.Id).Distinct().ToList();
        var published = new Dictionary<long, PublishedRecord>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var r in await db.PublishedRecords.AsTracking().Where(r => r.RecordType == RecordType.Object && chunk.Contains(r.RecordId)).ToListAsync(ct))
                published[r.RecordId] = r;

        var publishable = changes.Where(c => !c.Deleted && PublicObjectBuilder.IsPublishable(c.Object)).Select(c => c.Object).ToList();
        // Keyed by instance: one object may come several times in a batch (versions 3, 4 and 5).
        var shapes = new Dictionary<CollectionObject, PublicObject>(ReferenceEqualityComparer.Instance);
        foreach (var (shape, source) in (await PublicObjectBuilder.BuildAsync(db, publishable, ct)).Zip(publishable)) shapes[source] = shape;

        // Event times never go back, so the last event has the latest time.
        var lastAt = await db.PublicationEvents.OrderByDescending(e => e.Sequence).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(ct) ?? DateTimeOffset.MinValue;
        var events = new List<(PublicationEvent Event, PublishedRecord Record)>();
        foreach (var change in changes)
        {
            var o = change.Object;
            published.TryGetValue(o.Id, out var record);
            // Never earlier than the event before: LDES pages are fragmented by this time.
            var at = change.At > lastAt ? change.At : lastAt;
            if (shapes.TryGetValue(o, out var shape))
            {
                var snapshot = DepotJson.Serialize(shape);
                // Version and time alone (an edit to internal fields) are no public change.
                var hash = Hash(DepotJson.Serialize(shape with { Version = 0, UpdatedAt = default }));
                var kind = record is not { IsPublic: true } ? PublicationChange.Published
                    : record.SnapshotHash != hash ? PublicationChange.Changed : (PublicationChange?)null;
                if (kind is null) continue;
                if (record is null)
                {
                    record = new PublishedRecord { RecordType = RecordType.Object, RecordId = o.Id, OrganisationId = o.OrganisationId, FirstPublishedAt = at };
                    db.PublishedRecords.Add(record);
                    published[o.Id] = record;
                }
                record.IsPublic = true;
                record.IsDeleted = false;
                record.SnapshotHash = hash;
                record.Datestamp = at;
                events.Add((New(o, kind.Value, at, snapshot, change.SourceSequence), record));
            }
            else if (record is { IsPublic: true })
            {
                record.IsPublic = false;
                record.IsDeleted = change.Deleted || o.IsDeleted;
                record.SnapshotHash = "";
                record.Datestamp = at;
                events.Add((New(o, PublicationChange.Withdrawn, at, "", change.SourceSequence), record));
            }
            lastAt = at;
        }
        db.PublicationEvents.AddRange(events.Select(e => e.Event));
        await db.SaveChangesAsync(ct);
        foreach (var (e, record) in events) record.LastEventSequence = Math.Max(record.LastEventSequence, e.Sequence);
        await db.SaveChangesAsync(ct);
        return events.Count;
    }

    private static PublicationEvent New(CollectionObject o, PublicationChange kind, DateTimeOffset at, string snapshot, long source) => new()
    {
        OrganisationId = o.OrganisationId,
        RecordType = RecordType.Object,
        RecordId = o.Id,
        Change = kind,
        At = at,
        Snapshot = snapshot,
        SourceSequence = source,
    };

    /// <summary>The currently public objects that refer to any of these agents, places or concepts.</summary>
    private static async Task<HashSet<long>> PublicObjectsUsingAsync(DepotDbContext db, List<RecordVersion> authorities, CancellationToken ct)
    {
        var ids = authorities.Select(a => a.RecordId).Distinct().ToList();
        var result = new HashSet<long>();
        foreach (var chunk in ids.Chunk(500))
        {
            var viaTerms = db.ObjectTerms.Where(t => chunk.Contains(t.ValueId)).Select(t => t.ObjectId);
            var viaName = db.Objects.Where(o => o.ObjectNameId != null && chunk.Contains(o.ObjectNameId.Value)).Select(o => o.Id);
            var candidates = await viaTerms.Union(viaName).ToListAsync(ct);
            foreach (var page in candidates.Chunk(500))
                result.UnionWith(await db.PublishedRecords
                    .Where(r => r.RecordType == RecordType.Object && r.IsPublic && page.Contains(r.RecordId))
                    .Select(r => r.RecordId).ToListAsync(ct));
        }
        return result;
    }

    private static async Task<List<CollectionObject>> LoadObjectsAsync(DepotDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var result = new List<CollectionObject>();
        foreach (var chunk in ids.Chunk(500))
            result.AddRange(await db.Objects.Where(o => chunk.Contains(o.Id)).ToListAsync(ct));
        return result;
    }

    /// <summary>
    /// Raised after a catch-up or refresh that wrote public events, with their number: caches of
    /// public output (the output cache's feed tag) are evicted here.
    /// </summary>
    public event Action<int>? Published;

    private int Notify(int events)
    {
        if (events > 0) Published?.Invoke(events);
        return events;
    }

    public void Dispose() => gate.Dispose();

    private static string Hash(string snapshot) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
}
