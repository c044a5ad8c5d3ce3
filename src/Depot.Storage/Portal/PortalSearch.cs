using System.Data;
using System.Data.Common;
using System.Globalization;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Portal;

/// <summary>
/// Search over the portal tables, which hold only public objects: a page of ids, the total and
/// the facet counts in one round trip. A facet that is filtered is counted with every filter but
/// its own, so its other values stay visible. Callers show the hits from their public snapshots.
/// </summary>
public sealed class PortalSearch(DepotDatabase database)
{
    public const int MaxPageSize = 100;
    public const int FacetValues = 30;

    public async Task<PortalResult> SearchAsync(PortalQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();

        var conditions = Conditions(command, db.Engine, query);
        string Where(string? except = null) => string.Join(" AND ", conditions.Where(c => c.Facet is null || c.Facet != except).Select(c => c.Sql).Prepend("1 = 1"));

        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * size;
        var sql = new List<string>
        {
            $"SELECT o.object_id FROM portal_objects o WHERE {Where()} ORDER BY {Order(query.Sort)} LIMIT {Add(command, size)} OFFSET {Add(command, offset)}",
            $"SELECT COUNT(*) FROM portal_objects o WHERE {Where()}",
        };
        if (query.WithFacets)
            sql.Add(string.Join(" UNION ALL ", PortalFacets.Shown.Select((facet, i) =>
                $"""
                SELECT * FROM (SELECT {i} AS f, t.value_key AS k, MAX(t.label_nl) AS nl, MAX(t.label_en) AS en, COUNT(*) AS n
                FROM portal_terms t WHERE t.facet = {Add(command, facet)} AND t.object_id IN (SELECT o.object_id FROM portal_objects o WHERE {Where(facet)})
                GROUP BY t.value_key ORDER BY COUNT(*) DESC, t.value_key LIMIT {FacetValues}) x{i}
                """)));
        command.CommandText = string.Join(";\n", sql);

        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<long>();
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        var facets = PortalFacets.Shown.ToDictionary(f => f, _ => new List<PortalFacetValue>());
        if (query.WithFacets && await reader.NextResultAsync(ct))
            while (await reader.ReadAsync(ct))
                facets[PortalFacets.Shown[reader.GetInt32(0)]].Add(new PortalFacetValue(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        return new PortalResult(ids, total, facets.ToDictionary(f => f.Key, f => (IReadOnlyList<PortalFacetValue>)
            [.. f.Value.OrderByDescending(v => v.Count).ThenBy(v => v.LabelNl, StringComparer.OrdinalIgnoreCase)]));
    }

    /// <summary>Every public object's id and last change, in id order, one sitemap page at a time.</summary>
    public async Task<IReadOnlyList<(long Id, DateTimeOffset UpdatedAt)>> ListAsync(int skip, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var rows = await db.PortalObjects.OrderBy(o => o.ObjectId).Skip(skip).Take(take)
            .Select(o => new { o.ObjectId, o.UpdatedAt }).ToListAsync(ct);
        return [.. rows.Select(r => (r.ObjectId, r.UpdatedAt))];
    }

    public async Task<int> CountAsync(string? organisationSlug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return organisationSlug is null
            ? await db.PortalObjects.CountAsync(ct)
            : await db.PortalObjects.CountAsync(o => o.OrganisationSlug == organisationSlug, ct);
    }

    /// <summary>A public object that carries this facet value (e.g. an object by this maker), to read the value's public shape from; null when none does.</summary>
    public async Task<long?> AnyObjectWithAsync(string facet, string key, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.PortalTerms.Where(t => t.Facet == facet && t.ValueKey == key)
            .OrderBy(t => t.ObjectId).Select(t => (long?)t.ObjectId).FirstOrDefaultAsync(ct);
    }

    private sealed record Condition(string? Facet, string Sql);

    private static List<Condition> Conditions(DbCommand command, DatabaseEngine engine, PortalQuery query)
    {
        var conditions = new List<Condition>();
        if (query.Organisation is { } slug) conditions.Add(new(null, $"o.organisation_slug = {Add(command, slug)}"));
        var words = SearchKeywords.Words(query.Text);
        if (words.Count > 0)
        {
            var keywords = Add(command, engine == DatabaseEngine.Sqlite ? SearchKeywords.Fts5(words) : SearchKeywords.TsQuery(words));
            conditions.Add(new(null, PortalText.Condition(engine, keywords)));
        }
        foreach (var (facet, values) in query.Filters)
        {
            if (!PortalFacets.All.Contains(facet) || values.Count == 0) continue;
            var keys = string.Join(", ", values.Distinct().Take(50).Select(v => Add(command, v)));
            conditions.Add(new(facet, $"o.object_id IN (SELECT t.object_id FROM portal_terms t WHERE t.facet = {Add(command, facet)} AND t.value_key IN ({keys}))"));
        }
        return conditions;
    }

    private static string Order(PortalSort sort) => sort switch
    {
        PortalSort.Oldest => "CASE WHEN o.earliest IS NULL THEN 1 ELSE 0 END, o.earliest, o.title_sort, o.object_id",
        PortalSort.Newest => "CASE WHEN o.latest IS NULL THEN 1 ELSE 0 END, o.latest DESC, o.title_sort, o.object_id",
        PortalSort.RecentlyPublished => "o.event_sequence DESC",
        _ => "o.title_sort, o.object_id",
    };

    private static string Add(DbCommand command, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        p.Value = value;
        command.Parameters.Add(p);
        return p.ParameterName;
    }
}
