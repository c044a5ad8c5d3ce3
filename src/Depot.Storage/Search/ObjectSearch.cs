using System.Data;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Search;

/// <summary>Full-text search with facets over one organisation's objects (FTS5 on SQLite, tsvector on PostgreSQL).</summary>
public sealed class ObjectSearch(DepotDatabase database)
{
    public const int MaxLimit = 200;

    /// <summary>
    /// Facets are counted over at most this many matches; past it the counts are lower bounds
    /// (<see cref="ObjectSearchResult.Approximate"/>) and a search costs no more than one with fewer hits.
    /// </summary>
    public const int DefaultCountLimit = 5_000;

    /// <summary>The cap on counted matches; tests lower it to reach the approximate path with few objects.</summary>
    internal int CountLimit { get; init; } = DefaultCountLimit;

    /// <summary>
    /// One page of hits, the total and (when asked) the facet counts, in a single round trip.
    /// <see cref="ObjectQuery.Descending"/> flips the chosen sort: ascending object number, oldest
    /// dating and least recently changed come first without it; best match first for relevance.
    /// </summary>
    public async Task<ObjectSearchResult> SearchAsync(long organisationId, ObjectQuery query, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var english = FacetLabels.IsEnglish(language ?? "");
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var words = SearchKeywords.Words(query.Text);

        await using var db = database.CreateContext();
        var engine = db.Engine;
        var order = SearchOrder.For(query, engine, words.Count > 0);
        var cursor = SearchCursor.Decode(query.Cursor, SearchPage.Name(order));

        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        var filters = new SearchFilters(command, engine, organisationId, query, words);
        var page = SearchPage.Sql(engine, filters, order, cursor, limit);
        var counts = SearchFacets.Sql(filters, query.WithFacets, english, CountLimit);
        command.CommandText = page + ";\n" + counts;

        await using var reader = await command.ExecuteReaderAsync(ct);
        var (hits, next) = await SearchPage.ReadAsync(reader, engine, order, cursor, limit, english, ct);
        await reader.NextResultAsync(ct);
        var (total, facets, approximate) = await SearchFacets.ReadAsync(reader, query.WithFacets, english, CountLimit, ct);
        return new ObjectSearchResult(hits, total, facets, next) { Approximate = approximate };
    }
}
