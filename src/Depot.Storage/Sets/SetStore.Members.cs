using Microsoft.EntityFrameworkCore.Storage;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Sets;

/// <summary>One object in a page of a set's members.</summary>
public sealed record SetMember(long Id, string ObjectNumber, string Title, DateTimeOffset UpdatedAt);

public sealed record SetMemberPage(IReadOnlyList<SetMember> Members, long Total);

// Membership: every statement names the organisation, and only the organisation's own (not deleted) objects get in.
public sealed partial class SetStore
{
    private const int IdsPerStatement = 500;

    /// <summary>Adds objects by id; ids of other organisations or deleted objects are ignored. Returns how many were new. Null when there is no such set.</summary>
    public async Task<long?> AddAsync(long organisationId, long setId, IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ExistsAsync(db, organisationId, setId, ct)) return null;
        long added = 0;
        foreach (var chunk in objectIds.Distinct().Chunk(IdsPerStatement))
        {
            var ids = chunk.ToList();
            var rows = await db.Objects.Where(o => o.OrganisationId == organisationId && !o.IsDeleted && ids.Contains(o.Id))
                .Where(o => !db.ObjectSetMembers.Any(m => m.SetId == setId && m.ObjectId == o.Id))
                .Select(o => o.Id).ToListAsync(ct);
            db.ObjectSetMembers.AddRange(rows.Select(id => new ObjectSetMember { SetId = setId, ObjectId = id, OrganisationId = organisationId }));
            added += rows.Count;
        }
        await db.SaveChangesAsync(ct);
        await TouchAsync(db, organisationId, setId, ct);
        await tx.CommitAsync(ct);
        return added;
    }

    /// <summary>Adds every object a search matches (all pages), inside the database. Returns how many were new, or null without such a set.</summary>
    public async Task<long?> AddMatchingAsync(long organisationId, long setId, ObjectQuery query, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ExistsAsync(db, organisationId, setId, ct)) return null;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = SearchMatches.InsertIntoSetSql(command, db.Engine, organisationId, setId, query);
        var added = await command.ExecuteNonQueryAsync(ct);
        await TouchAsync(db, organisationId, setId, ct);
        await tx.CommitAsync(ct);
        return added;
    }

    /// <summary>Copies every member of one set into another (a selection into a werkset). Null when either set is missing.</summary>
    public async Task<long?> AddSetAsync(long organisationId, long setId, long sourceSetId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ExistsAsync(db, organisationId, setId, ct) || !await ExistsAsync(db, organisationId, sourceSetId, ct)) return null;
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO object_set_members (set_id, object_id, organisation_id)
            SELECT {setId}, m.object_id, m.organisation_id FROM object_set_members m
            WHERE m.set_id = {sourceSetId} AND m.organisation_id = {organisationId}
            ON CONFLICT DO NOTHING
            """, ct);
        await TouchAsync(db, organisationId, setId, ct);
        await tx.CommitAsync(ct);
        return added;
    }

    /// <summary>Removes objects from a set; null when there is no such set.</summary>
    public async Task<long?> RemoveAsync(long organisationId, long setId, IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        if (!await ExistsAsync(db, organisationId, setId, ct)) return null;
        long removed = 0;
        foreach (var chunk in objectIds.Distinct().Chunk(IdsPerStatement))
        {
            var ids = chunk.ToList();
            removed += await db.ObjectSetMembers.Where(m => m.SetId == setId && m.OrganisationId == organisationId && ids.Contains(m.ObjectId))
                .ExecuteDeleteAsync(ct);
        }
        await TouchAsync(db, organisationId, setId, ct);
        return removed;
    }

    public async Task<bool> ClearAsync(long organisationId, long setId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        if (!await ExistsAsync(db, organisationId, setId, ct)) return false;
        await db.ObjectSetMembers.Where(m => m.SetId == setId && m.OrganisationId == organisationId).ExecuteDeleteAsync(ct);
        await TouchAsync(db, organisationId, setId, ct);
        return true;
    }

    public async Task<long> CountAsync(long organisationId, long setId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await Members(db, organisationId, setId).LongCountAsync(ct);
    }

    /// <summary>Which of <paramref name="objectIds"/> are in the set (to tick the boxes of a result page).</summary>
    public async Task<IReadOnlySet<long>> ContainedAsync(long organisationId, long setId, IReadOnlyCollection<long> objectIds, CancellationToken ct)
    {
        if (objectIds.Count == 0) return new HashSet<long>();
        await using var db = database.CreateContext();
        var ids = objectIds.ToList();
        return (await db.ObjectSetMembers.Where(m => m.SetId == setId && m.OrganisationId == organisationId && ids.Contains(m.ObjectId))
            .Select(m => m.ObjectId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>A page of a set's objects in natural object-number order.</summary>
    public async Task<SetMemberPage> PageAsync(long organisationId, long setId, int skip, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var members = Members(db, organisationId, setId);
        var total = await members.LongCountAsync(ct);
        var page = await members
            .OrderBy(o => EF.Property<string>(o, DepotDbContext.ObjectColumns.SortKey)).ThenBy(o => o.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(o => new SetMember(o.Id, o.ObjectNumber, EF.Property<string>(o, DepotDbContext.ObjectColumns.Title), o.UpdatedAt))
            .ToListAsync(ct);
        return new SetMemberPage(page, total);
    }

    /// <summary>The ids of a set's objects in id order, streamed in pages.</summary>
    public async IAsyncEnumerable<long> IdsAsync(long organisationId, long setId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            List<long> page;
            await using (var db = database.CreateContext())
                page = await Members(db, organisationId, setId).Where(o => o.Id > after).OrderBy(o => o.Id).Select(o => o.Id).Take(1000).ToListAsync(ct);
            foreach (var id in page) yield return id;
            if (page.Count < 1000) yield break;
            after = page[^1];
        }
    }

    private static IQueryable<Core.Registration.Objects.CollectionObject> Members(DepotDbContext db, long organisationId, long setId) =>
        db.Objects.Where(o => o.OrganisationId == organisationId && !o.IsDeleted &&
            db.ObjectSetMembers.Any(m => m.SetId == setId && m.OrganisationId == organisationId && m.ObjectId == o.Id));

    private static Task<bool> ExistsAsync(DepotDbContext db, long organisationId, long setId, CancellationToken ct) =>
        db.ObjectSets.AnyAsync(s => s.OrganisationId == organisationId && s.Id == setId, ct);

    private Task<int> TouchAsync(DepotDbContext db, long organisationId, long setId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.ObjectSets.Where(s => s.OrganisationId == organisationId && s.Id == setId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, now), ct);
    }
}
