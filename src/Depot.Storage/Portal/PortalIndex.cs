using Depot.Core;
using Depot.Core.Publishing;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Portal;

/// <summary>
/// Keeps the portal's search tables (<see cref="PortalObject"/>, <see cref="PortalTerm"/> and the
/// full-text table) in step with the public feed: it reads publication events after its own cursor
/// and keeps exactly the objects whose last event is a publication or a change. Being fed by the
/// public feed alone, it can only ever hold what the feed made public.
/// </summary>
/// <remarks>A singleton: catch-ups are serialised in this process; readers call <see cref="CatchUpAsync"/> first.</remarks>
public sealed class PortalIndex(DepotDatabase database) : IDisposable
{
    public const string CursorName = "portal";
    private const int BatchSize = 1000;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The feed position the tables reflect after the last catch-up (-1 before the first).</summary>
    public long Position { get; private set; } = -1;

    /// <summary>Applies every publication event written so far; returns the number of events applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var applied = 0;
            while (true)
            {
                var (count, more) = await ApplyBatchAsync(ct);
                applied += count;
                if (!more) return applied;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(int Count, bool More)> ApplyBatchAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var cursor = await db.FeedCursors.AsTracking().SingleOrDefaultAsync(c => c.Name == CursorName, ct);
        if (cursor is null)
        {
            cursor = new FeedCursor { Name = CursorName };
            db.FeedCursors.Add(cursor);
        }
        var events = await db.PublicationEvents.Where(e => e.Sequence > cursor.Position)
            .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
        if (events.Count == 0)
        {
            Position = cursor.Position;
            return (0, false);
        }

        // Only the last event per object in this batch counts: it carries the current public shape.
        var latest = events.Where(e => e.RecordType == RecordType.Object)
            .GroupBy(e => e.RecordId).Select(g => g.MaxBy(e => e.Sequence)!).ToList();
        var ids = latest.Select(e => e.RecordId).ToList();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.PortalTerms.Where(t => ids.Contains(t.ObjectId)).ExecuteDeleteAsync(ct);
        await db.PortalObjects.Where(o => ids.Contains(o.ObjectId)).ExecuteDeleteAsync(ct);
        await PortalText.RemoveAsync(db, ids, ct);
        var texts = new List<(long Id, string Text)>();
        foreach (var e in latest.Where(e => e.Change != PublicationChange.Withdrawn && e.Snapshot.Length > 0))
        {
            var o = DepotJson.Deserialize<PublicObject>(e.Snapshot);
            db.PortalObjects.Add(new PortalObject
            {
                ObjectId = o.Id,
                OrganisationId = o.Organisation.Id,
                OrganisationSlug = o.Organisation.Slug,
                TitleSort = PortalFacets.SortKey(o),
                Earliest = o.Dating?.Earliest ?? o.Dating?.Latest,
                Latest = o.Dating?.Latest ?? o.Dating?.Earliest,
                HasImage = o.Images.Count > 0,
                EventSequence = e.Sequence,
                UpdatedAt = e.At,
            });
            db.PortalTerms.AddRange(PortalFacets.Terms(o));
            texts.Add((o.Id, PortalFacets.Text(o)));
        }
        cursor.Position = events[^1].Sequence;
        await db.SaveChangesAsync(ct);
        // After the rows: on PostgreSQL the text row refers to its object row.
        await PortalText.AddAsync(db, texts, ct);
        await tx.CommitAsync(ct);
        Position = cursor.Position;
        return (events.Count, events.Count == BatchSize);
    }

    public void Dispose() => gate.Dispose();
}
