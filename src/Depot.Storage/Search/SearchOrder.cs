using Depot.Storage.Database;

namespace Depot.Storage.Search;

/// <summary>How hits are ordered: by full-text rank (paged by offset) or by a column (paged by keyset, id breaks ties).</summary>
internal sealed record SearchOrder(string Name, string Key, bool Descending, bool ByRank, bool KeyIsTime)
{
    public static SearchOrder For(ObjectQuery query, DatabaseEngine engine, bool hasKeywords)
    {
        var sqlite = engine == DatabaseEngine.Sqlite;
        var desc = query.Descending;
        // The natural-order sort key compares byte-wise on both engines, whatever the server's locale.
        var objectNumber = sqlite ? "o.object_number_sort" : "o.object_number_sort COLLATE \"C\"";
        return query.Sort switch
        {
            // FTS5's rank is smaller for better matches, ts_rank larger: both are put best first.
            ObjectSort.Relevance when hasKeywords => new("relevance", sqlite ? "object_search.rank" : "ts_rank(s.document, to_tsquery('dutch', {q}))",
                sqlite ? desc : !desc, ByRank: true, KeyIsTime: false),
            ObjectSort.Relevance or ObjectSort.ObjectNumber => new("objectNumber", objectNumber, desc, false, false),
            // Undated objects come last in either direction.
            ObjectSort.Dating => new("dating", desc ? "COALESCE(o.dating_earliest, -2147483648)" : "COALESCE(o.dating_earliest, 2147483647)",
                desc, false, false),
            ObjectSort.LastChanged => new("lastChanged", "o.updated_at", desc, false, KeyIsTime: true),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Sort, "Unknown sort."),
        };
    }

    public string Direction => Descending ? "DESC" : "ASC";
}
