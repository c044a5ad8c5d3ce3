using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;

namespace Depot.Storage.Search;

/// <summary>The page of hits: its SQL (keyset or offset paging) and reading the rows back.</summary>
internal static class SearchPage
{
    private const string Columns = """
        o.id, o.object_number, o.title, c.pref_label_nl, c.pref_label_en, o.dating, o.dating_earliest, o.dating_latest,
        o.publication_status, o.has_image, o.updated_at
        """;

    /// <summary>Fetches one hit more than the limit to know whether another page follows.</summary>
    public static string Sql(DatabaseEngine engine, SearchFilters filters, SearchOrder order, SearchCursor? cursor, int limit)
    {
        var take = filters.Add(limit + 1);
        var dir = order.Direction;
        // The page's ids are found first (from the narrow search index where possible); only those
        // few rows are then read whole.
        string inner, outerOrder;
        if (order.ByRank)
        {
            var offset = filters.Add(cursor?.Offset ?? 0);
            var key = order.Key.Replace("{q}", filters.Keywords, StringComparison.Ordinal);
            var from = engine == DatabaseEngine.Sqlite
                ? $"object_search JOIN objects o ON o.id = object_search.rowid WHERE object_search MATCH {filters.Keywords}"
                : $"objects o JOIN object_search s ON s.object_id = o.id WHERE s.document @@ to_tsquery('dutch', {filters.Keywords})";
            inner = $"SELECT o.id, {key} AS sort_key FROM {from} AND {filters.Where(withText: false)} ORDER BY sort_key {dir}, o.id {dir} LIMIT {take} OFFSET {offset}";
            outerOrder = $"p.sort_key {dir}, o.id {dir}";
        }
        else
        {
            var where = filters.Where();
            if (cursor is not null)
            {
                var comparison = order.Descending ? "<" : ">";
                where += $" AND ({order.Key}, o.id) {comparison} ({filters.Add(KeyValue(engine, order, cursor))}, {filters.Add(cursor.Id)})";
            }
            inner = $"SELECT o.id, {order.Key} AS sort_key FROM objects o WHERE {where} ORDER BY {order.Key} {dir}, o.id {dir} LIMIT {take}";
            outerOrder = $"{order.Key} {dir}, o.id {dir}";
        }
        return $"SELECT {Columns}, p.sort_key FROM ({inner}) p JOIN objects o ON o.id = p.id LEFT JOIN concepts c ON c.id = o.object_name_id ORDER BY {outerOrder}";
    }

    public static async Task<(List<ObjectHit> Hits, string? Next)> ReadAsync(
        DbDataReader reader, DatabaseEngine engine, SearchOrder order, SearchCursor? cursor, int limit, bool english, CancellationToken ct)
    {
        var hits = new List<ObjectHit>(limit);
        string? lastKey = null;
        var more = false;
        while (await reader.ReadAsync(ct))
        {
            if (hits.Count == limit)
            {
                more = true;
                break;
            }
            var nl = reader.IsDBNull(3) ? "" : reader.GetString(3);
            var en = reader.IsDBNull(4) ? "" : reader.GetString(4);
            hits.Add(new ObjectHit(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? "" : reader.GetString(2),
                english && en.Length > 0 ? en : nl,
                Dating(reader),
                Enum.Parse<PublicationStatus>(reader.GetString(8)),
                reader.GetBoolean(9),
                reader.GetFieldValue<DateTimeOffset>(10)));
            lastKey = order.ByRank ? null : KeyText(reader, engine, order);
        }
        if (!more) return (hits, null);
        var next = new SearchCursor(Name(order), lastKey, hits[^1].Id, order.ByRank ? (cursor?.Offset ?? 0) + limit : 0);
        return (hits, next.Encode());
    }

    public static string Name(SearchOrder order) => order.Name + ":" + order.Direction;

    private static string Dating(DbDataReader reader)
    {
        if (!reader.IsDBNull(5))
        {
            using var json = JsonDocument.Parse(reader.GetString(5));
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("text", out var text)
                && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } t)
                return t;
        }
        var earliest = reader.IsDBNull(6) ? (int?)null : reader.GetInt32(6);
        var latest = reader.IsDBNull(7) ? (int?)null : reader.GetInt32(7);
        return (earliest, latest) switch
        {
            (int a, int b) when a == b => a.ToString(CultureInfo.InvariantCulture),
            (int a, int b) => $"{a.ToString(CultureInfo.InvariantCulture)}–{b.ToString(CultureInfo.InvariantCulture)}",
            _ => "",
        };
    }

    /// <summary>The sort key as text for the cursor; SQLite keeps times as sortable text, PostgreSQL as ticks.</summary>
    private static string? KeyText(DbDataReader reader, DatabaseEngine engine, SearchOrder order)
    {
        const int key = 11;
        if (reader.IsDBNull(key)) return null;
        if (order.KeyIsTime && engine == DatabaseEngine.Postgres)
            return reader.GetFieldValue<DateTime>(key).Ticks.ToString(CultureInfo.InvariantCulture);
        return order.KeyIsTime || order.Name == "objectNumber"
            ? reader.GetString(key)
            : reader.GetInt64(key).ToString(CultureInfo.InvariantCulture);
    }

    private static object KeyValue(DatabaseEngine engine, SearchOrder order, SearchCursor cursor)
    {
        var text = cursor.Key ?? "";
        try
        {
            if (order.KeyIsTime)
                return engine == DatabaseEngine.Postgres
                    ? new DateTime(long.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc)
                    : text;
            return order.Name == "objectNumber" ? text : long.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw SearchCursor.Invalid();
        }
    }
}
