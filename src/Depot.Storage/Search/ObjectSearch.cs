using Depot.Storage.Database;

namespace Depot.Storage.Search;

/// <summary>Full-text search with facets over one organisation's objects (FTS5 on SQLite, tsvector on PostgreSQL).</summary>
public sealed class ObjectSearch(DepotDatabase database)
{
    public Task<ObjectSearchResult> SearchAsync(long organisationId, ObjectQuery query, string language, CancellationToken ct)
    {
        _ = database;
        throw new NotImplementedException("Search is being built: see the search work item.");
    }
}
