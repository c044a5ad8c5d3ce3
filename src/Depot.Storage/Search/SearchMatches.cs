using System.Data.Common;
using Depot.Storage.Database;

namespace Depot.Storage.Search;

/// <summary>
/// Every object a search matches, as SQL: for acting on all results of a search (put them in a set)
/// inside the database, without their ids ever leaving it. Same conditions as the result list.
/// </summary>
internal static class SearchMatches
{
    /// <summary>
    /// <c>INSERT … SELECT</c> of the matching ids into a set; parameters go on <paramref name="command"/>.
    /// </summary>
    public static string InsertIntoSetSql(DbCommand command, DatabaseEngine engine, long organisationId, long setId, ObjectQuery query)
    {
        var filters = new SearchFilters(command, engine, organisationId, query, SearchKeywords.Words(query.Text));
        var set = filters.Add(setId);
        return $"""
            INSERT INTO object_set_members (set_id, object_id, organisation_id)
            SELECT {set}, o.id, o.organisation_id FROM objects o WHERE {filters.Where()}
            ON CONFLICT DO NOTHING
            """;
    }
}
