using System.Globalization;
using System.Text;
using Depot.Core;
using Depot.Core.Publishing;
using Depot.Storage.Database;
using Depot.Storage.Sets;
using Microsoft.EntityFrameworkCore;

namespace Depot.Publishing.Oai;

/// <summary>
/// The queries behind the verbs, over the public feed only: published records (current state,
/// datestamp, deleted or not) with their last snapshot, organisations, and the collection sets
/// organisations chose to publish. Lists walk published_records by (datestamp, id) from a keyset
/// position, never with OFFSET, so every page costs the same however deep the harvest is.
/// </summary>
internal sealed class OaiStore(DepotDatabase database)
{
    /// <summary>The oldest datestamp of any record, or null when nothing was ever published.</summary>
    public async Task<DateTimeOffset?> EarliestDatestampAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var (where, parameters) = Where(db.Engine, new OaiScope(null, null, null, null), null, 0);
        var sql = $"SELECT * FROM published_records WHERE {where} ORDER BY datestamp, record_id LIMIT 1";
        var first = await db.PublishedRecords.FromSqlRaw(sql, parameters).ToListAsync(ct);
        return first.Count > 0 ? first[0].Datestamp : null;
    }

    public async Task<IReadOnlyList<OaiSet>> SetsAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var organisations = await db.Organisations
            .Where(o => db.PublishedRecords.Any(r => r.RecordType == RecordType.Object && r.OrganisationId == o.Id))
            .OrderBy(o => o.Slug).Select(o => new { o.Id, o.Slug, o.Name }).ToListAsync(ct);
        var ids = organisations.Select(o => o.Id).ToList();
        var collections = await PublishedSets(db).Where(s => ids.Contains(s.OrganisationId))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.OrganisationId, s.Name, s.Description }).ToListAsync(ct);
        var result = new List<OaiSet>();
        foreach (var o in organisations)
        {
            result.Add(new OaiSet(OaiSets.Organisation(o.Slug), o.Name, ""));
            result.AddRange(collections.Where(c => c.OrganisationId == o.Id).Select(c => new OaiSet(OaiSets.Collection(o.Slug, c.Id), c.Name, c.Description)));
        }
        return result;
    }

    /// <summary>The scope of a set spec, or null when no such set exists (an unknown organisation, an unpublished set).</summary>
    public async Task<OaiScope?> ScopeAsync(string? setSpec, DateTimeOffset? from, DateTimeOffset? untilExclusive, CancellationToken ct)
    {
        if (setSpec is null) return new OaiScope(null, null, from, untilExclusive);
        if (OaiSets.Parse(setSpec) is not var (slug, setId)) return null;
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == slug).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct);
        if (organisationId is null) return null;
        if (setId is long id && !await PublishedSets(db).AnyAsync(s => s.Id == id && s.OrganisationId == organisationId, ct)) return null;
        return new OaiScope(organisationId, setId, from, untilExclusive);
    }

    public async Task<int> CountAsync(OaiScope scope, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var (where, parameters) = Where(db.Engine, scope, null, 0);
        // The SQL is made of constants only; every value is a parameter.
#pragma warning disable EF1003
        var count = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM published_records WHERE " + where, parameters).SingleAsync(ct);
#pragma warning restore EF1003
        return (int)Math.Min(count, int.MaxValue);
    }

    /// <summary>Up to <paramref name="limit"/> records after the keyset position, in (datestamp, id) order.</summary>
    public async Task<IReadOnlyList<OaiItem>> PageAsync(OaiScope scope, DateTimeOffset? afterDatestamp, long afterId, int limit, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var (where, parameters) = Where(db.Engine, scope, afterDatestamp, afterId);
        var sql = $"SELECT * FROM published_records WHERE {where} ORDER BY datestamp, record_id LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
        var records = await db.PublishedRecords.FromSqlRaw(sql, parameters).ToListAsync(ct);
        return await ItemsAsync(db, records, ct);
    }

    /// <summary>One object's record (public or deleted), or null when it was never public.</summary>
    public async Task<OaiItem?> FindAsync(long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var record = await Objects(db).SingleOrDefaultAsync(r => r.RecordId == objectId, ct);
        return record is null ? null : (await ItemsAsync(db, [record], ct))[0];
    }

    private static IQueryable<PublishedRecord> Objects(DepotDbContext db) => db.PublishedRecords.Where(r => r.RecordType == RecordType.Object);

    private static IQueryable<ObjectSet> PublishedSets(DepotDbContext db) => db.ObjectSets.Where(s => s.IsPublished && s.Kind == ObjectSetKind.Werkset);

    private static readonly string Object = RecordType.Object.ToString();

    /// <summary>
    /// The list query as SQL, the same on both engines but for one character. It is written out rather than composed
    /// with LINQ because EF Core cannot order or compare DateTimeOffset columns on SQLite; there
    /// the datestamp is ISO text in UTC, whose order is the order of time.
    /// </summary>
    /// <remarks>
    /// The keyset is a row-value comparison, which both engines answer as one range of the
    /// (datestamp, record_id) index. On SQLite the record type is written <c>+record_type</c>, which
    /// keeps the planner off the primary key (record_type, record_id): with it, SQLite read every
    /// record and sorted them all for each page, and a harvest's cost grew with the square of its size.
    /// </remarks>
    private static (string Where, object[] Parameters) Where(DatabaseEngine engine, OaiScope scope, DateTimeOffset? afterDatestamp, long afterId)
    {
        var parameters = new List<object> { Object };
        var sql = new StringBuilder(engine == DatabaseEngine.Sqlite ? "+record_type = {0}" : "record_type = {0}");
        string P(object value)
        {
            parameters.Add(value);
            return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
        if (scope.OrganisationId is long org) sql.Append(" AND organisation_id = ").Append(P(org));
        if (scope.SetId is long set)
            sql.Append(" AND EXISTS (SELECT 1 FROM object_set_members m WHERE m.set_id = ").Append(P(set)).Append(" AND m.object_id = published_records.record_id)");
        if (scope.From is DateTimeOffset from) sql.Append(" AND datestamp >= ").Append(P(from.ToUniversalTime()));
        if (scope.UntilExclusive is DateTimeOffset until) sql.Append(" AND datestamp < ").Append(P(until.ToUniversalTime()));
        if (afterDatestamp is DateTimeOffset after)
            sql.Append(" AND (datestamp, record_id) > (").Append(P(after.ToUniversalTime())).Append(", ").Append(P(afterId)).Append(')');
        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>The records with their public shape (public ones only) and the set specs they belong to.</summary>
    private static async Task<IReadOnlyList<OaiItem>> ItemsAsync(DepotDbContext db, List<PublishedRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return [];
        var sequences = records.Where(r => r.IsPublic).Select(r => r.LastEventSequence).ToList();
        var snapshots = await db.PublicationEvents.Where(e => sequences.Contains(e.Sequence)).Select(e => new { e.Sequence, e.Snapshot }).ToDictionaryAsync(e => e.Sequence, e => e.Snapshot, ct);
        var organisationIds = records.Select(r => r.OrganisationId).Distinct().ToList();
        var slugs = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Slug, ct);
        var ids = records.Select(r => r.RecordId).ToList();
        var memberships = (await db.ObjectSetMembers.Where(m => ids.Contains(m.ObjectId))
                .Join(PublishedSets(db), m => m.SetId, s => s.Id, (m, s) => new { m.ObjectId, s.Id, s.OrganisationId })
                .ToListAsync(ct))
            .ToLookup(m => m.ObjectId);
        return records.Select(r =>
        {
            var slug = slugs[r.OrganisationId];
            List<string> sets = [OaiSets.Organisation(slug), .. memberships[r.RecordId].Where(m => m.OrganisationId == r.OrganisationId).OrderBy(m => m.Id).Select(m => OaiSets.Collection(slug, m.Id))];
            var shape = r.IsPublic && snapshots.TryGetValue(r.LastEventSequence, out var s) ? DepotJson.Deserialize<PublicObject>(s) : null;
            return new OaiItem(r.RecordId, r.Datestamp, sets, shape);
        }).ToList();
    }
}

/// <summary>One item: its datestamp, set specs and public shape (null for a deleted record).</summary>
internal sealed record OaiItem(long ObjectId, DateTimeOffset Datestamp, IReadOnlyList<string> SetSpecs, PublicObject? Object)
{
    public bool IsDeleted => Object is null;
}
