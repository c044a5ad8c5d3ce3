using System.Data;
using System.Globalization;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Search;

/// <summary>
/// Which objects an export (or any walk over many objects) covers: the objects a search matches,
/// the members of a set (a werkset or a selection), both, or the whole organisation when neither is given.
/// </summary>
/// <param name="Query">The search's conditions (keywords and facet filters; its sort and cursor are ignored).</param>
/// <param name="SetId">A set of the organisation whose members to take.</param>
public sealed record ObjectScope(ObjectQuery? Query = null, long? SetId = null)
{
    public static ObjectScope WholeOrganisation { get; } = new();
}

/// <summary>Where a walk stopped: the natural object-number sort key and the id of the last object.</summary>
public sealed record ObjectIdCursor(string SortKey, long Id);

/// <summary>
/// Pages through the ids of an <see cref="ObjectScope"/> in natural object-number order, by keyset
/// (never OFFSET), with the same conditions as the search page, so a walk over a million objects
/// costs the same per page from start to end.
/// </summary>
public sealed class ObjectIdPages(DepotDatabase database)
{
    public async Task<(IReadOnlyList<long> Ids, ObjectIdCursor? Next)> PageAsync(
        long organisationId, ObjectScope scope, ObjectIdCursor? after, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = database.CreateContext();
        await using var command = await CommandAsync(db, ct);
        var (filters, key) = Conditions(command, db.Engine, organisationId, scope, out var where);
        if (after is not null)
            where += $" AND ({key}, o.id) > ({filters.Add(after.SortKey)}, {filters.Add(after.Id)})";
        command.CommandText = $"SELECT o.id, o.object_number_sort FROM objects o WHERE {where} ORDER BY {key}, o.id LIMIT {filters.Add(Math.Max(1, take))}";
        var ids = new List<long>(take);
        string lastKey = "";
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt64(0));
                lastKey = reader.IsDBNull(1) ? "" : reader.GetString(1);
            }
        return (ids, ids.Count < take ? null : new ObjectIdCursor(lastKey, ids[^1]));
    }

    /// <summary>How many objects the scope covers.</summary>
    public async Task<long> CountAsync(long organisationId, ObjectScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = database.CreateContext();
        await using var command = await CommandAsync(db, ct);
        Conditions(command, db.Engine, organisationId, scope, out var where);
        command.CommandText = $"SELECT count(*) FROM objects o WHERE {where}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<System.Data.Common.DbCommand> CommandAsync(DepotDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        return connection.CreateCommand();
    }

    private static (SearchFilters Filters, string Key) Conditions(System.Data.Common.DbCommand command, DatabaseEngine engine,
        long organisationId, ObjectScope scope, out string where)
    {
        var query = scope.Query ?? new ObjectQuery();
        var filters = new SearchFilters(command, engine, organisationId, query, SearchKeywords.Words(query.Text));
        where = filters.Where();
        if (scope.SetId is long setId)
            where += $" AND o.id IN (SELECT m.object_id FROM object_set_members m WHERE m.set_id = {filters.Add(setId)} AND m.organisation_id = {filters.Organisation})";
        // The same byte-wise natural order as the search page's object-number sort, on both engines.
        var key = SearchOrder.For(query with { Sort = ObjectSort.ObjectNumber, Descending = false }, engine, hasKeywords: false).Key;
        return (filters, key);
    }
}
