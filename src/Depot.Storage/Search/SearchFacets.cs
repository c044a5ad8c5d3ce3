using System.Data.Common;
using System.Globalization;

namespace Depot.Storage.Search;

/// <summary>
/// The total and the facet counts in one statement. The matching set is materialised once; a
/// facet that is itself filtered is counted over the set with every other filter applied, so its
/// other values stay visible with the number of hits choosing them would add.
/// </summary>
internal static class SearchFacets
{
    public const int TopValues = 20;

    private sealed record Facet(string Name, string Key, string Label, string Join, int? Term = null);

    private const string ConceptLabel = "CASE WHEN {en} = 1 AND c.pref_label_en <> '' THEN c.pref_label_en ELSE c.pref_label_nl END";
    private const string NoLabel = "CAST(NULL AS text)";

    private static readonly Facet[] Facets =
    [
        new(FacetNames.ObjectName, "object_name_id", ConceptLabel, "LEFT JOIN concepts c ON c.id = g.k"),
        new(FacetNames.Material, "", ConceptLabel, "LEFT JOIN concepts c ON c.id = g.k", (int)TermFacet.Material),
        new(FacetNames.Maker, "", "a.name", "LEFT JOIN agents a ON a.id = g.k", (int)TermFacet.Maker),
        new(FacetNames.Century, "century", NoLabel, ""),
        new(FacetNames.Location, "current_location_id", "l.name", "LEFT JOIN locations l ON l.id = g.k"),
        new(FacetNames.Publication, "pub", NoLabel, ""),
        new(FacetNames.HasImage, "img", NoLabel, ""),
    ];

    private const string SetColumns = """
        o.id, o.object_name_id, o.century, o.current_location_id,
        CASE WHEN o.publication_status = 'Public' THEN 1 ELSE 0 END AS pub, CASE WHEN o.has_image THEN 1 ELSE 0 END AS img
        """;

    /// <summary>
    /// The statement's rows: <c>f = -1</c> the size of the (capped) counted set, <c>f = 0</c> the total,
    /// then up to <see cref="TopValues"/> values per facet. Facets are counted over at most
    /// <paramref name="countLimit"/> + 1 matches, so a huge match set costs no more than a small one;
    /// when it was cut the counts are lower bounds and the total is counted on its own.
    /// </summary>
    public static string Sql(SearchFilters filters, bool withFacets, bool english, int countLimit)
    {
        if (!withFacets) return $"SELECT COUNT(*) FROM objects o WHERE {filters.Where()}";
        var cap = filters.Add(countLimit + 1);
        var limit = filters.Add(countLimit);
        var sets = filters.HasKeywords ? KeywordSets(filters, cap) : FilterSets(filters, cap);
        var counted = filters.HasKeywords
            ? "SELECT COUNT(*) FROM b"
            : string.Join(" UNION ALL ", Facets.Select((f, i) => (f, i)).Where(x => filters.IsFiltered(x.f.Name))
                .Select(x => $"SELECT COUNT(*) FROM m{x.i}").Prepend("SELECT COUNT(*) AS n FROM m"));
        var size = filters.HasKeywords ? counted : $"SELECT MAX(n) FROM ({counted}) c";
        var parts = new List<string>
        {
            $"SELECT -1 AS f, CAST(NULL AS bigint) AS k, {NoLabel} AS label, ({size}) AS n",
            // The exact total costs a pass over every match: only paid when the counted set was cut.
            $"SELECT 0, NULL, NULL, CASE WHEN ({size}) > {limit} THEN (SELECT COUNT(*) FROM objects o WHERE {filters.Where()}) ELSE (SELECT COUNT(*) FROM m) END",
        };
        for (var i = 0; i < Facets.Length; i++)
        {
            var facet = Facets[i];
            var set = filters.IsFiltered(facet.Name) ? "m" + i.ToString(CultureInfo.InvariantCulture) : "m";
            var groups = facet.Term is int term
                // CROSS JOIN fixes SQLite's join order: from the (small) set into the terms, never the reverse.
                ? $"SELECT t.value_id AS k, COUNT(*) AS n FROM {set} CROSS JOIN object_terms t WHERE t.object_id = {set}.id AND t.facet = {term} GROUP BY t.value_id"
                // Unary plus keeps SQLite from walking a non-covering (organisation, column) index
                // for the grouping order; the narrow covering search index is far cheaper to read.
                : $"SELECT +{facet.Key} AS k, COUNT(*) AS n FROM {set} WHERE +{facet.Key} IS NOT NULL GROUP BY +{facet.Key}";
            var label = facet.Label.Replace("{en}", english ? "1" : "0", StringComparison.Ordinal);
            parts.Add($"SELECT * FROM (SELECT {i + 1} AS f, g.k, {label} AS label, g.n FROM ({groups}) g {facet.Join} ORDER BY g.n DESC, label, g.k LIMIT {TopValues}) f{i}");
        }
        return $"WITH {string.Join(", ", sets)} {string.Join(" UNION ALL ", parts)}";
    }

    /// <summary>
    /// Without keywords every set is its own indexed query: the filters are what narrows the
    /// organisation down, so each facet's set is read with its own filters, up to the cap.
    /// </summary>
    private static List<string> FilterSets(SearchFilters filters, string cap)
    {
        var sets = new List<string> { $"m AS MATERIALIZED (SELECT {SetColumns} FROM objects o WHERE {filters.Where()} LIMIT {cap})" };
        for (var i = 0; i < Facets.Length; i++)
            if (filters.IsFiltered(Facets[i].Name))
                sets.Add($"m{i} AS MATERIALIZED (SELECT {SetColumns} FROM objects o WHERE {filters.Where(exceptFacet: Facets[i].Name)} LIMIT {cap})");
        return sets;
    }

    /// <summary>
    /// With keywords the full-text matches (up to the cap) are read once, each with a flag per facet
    /// filter; the result set and each facet's set are then cheap selections of those flags.
    /// </summary>
    private static List<string> KeywordSets(SearchFilters filters, string cap)
    {
        var flags = new List<(int Index, string Flag)>();
        for (var i = 0; i < Facets.Length; i++)
            if (filters.Condition(Facets[i].Name) is { } condition)
                flags.Add((i, $"CASE WHEN {condition} THEN 1 ELSE 0 END AS x{i}"));
        var columns = string.Concat(flags.Select(f => ", " + f.Flag));
        string Select(int? except)
        {
            var conditions = flags.Where(f => f.Index != except).Select(f => $"x{f.Index} = 1").ToList();
            return conditions.Count == 0 ? "SELECT * FROM b" : $"SELECT * FROM b WHERE {string.Join(" AND ", conditions)}";
        }
        var sets = new List<string>
        {
            $"b AS MATERIALIZED (SELECT {SetColumns}{columns} FROM objects o WHERE {filters.Where(withFacets: false)} LIMIT {cap})",
            $"m AS ({Select(null)})",
        };
        sets.AddRange(flags.Select(f => $"m{f.Index} AS ({Select(f.Index)})"));
        return sets;
    }

    /// <summary>The total, the facet values and whether the counts were cut at <paramref name="countLimit"/> (lower bounds).</summary>
    public static async Task<(long Total, Dictionary<string, IReadOnlyList<FacetValue>> Facets, bool Approximate)> ReadAsync(
        DbDataReader reader, bool withFacets, bool english, int countLimit, CancellationToken ct)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (!withFacets)
        {
            await reader.ReadAsync(ct);
            return (reader.GetInt64(0), facets, false);
        }
        long total = 0;
        var approximate = false;
        var values = Facets.ToDictionary(f => f.Name, _ => new List<FacetValue>());
        while (await reader.ReadAsync(ct))
        {
            var f = reader.GetInt32(0);
            if (f == -1)
            {
                approximate = !reader.IsDBNull(3) && reader.GetInt64(3) > countLimit;
                continue;
            }
            if (f == 0)
            {
                total = reader.GetInt64(3);
                continue;
            }
            var name = Facets[f - 1].Name;
            var k = reader.GetInt64(1);
            var label = reader.IsDBNull(2) ? null : reader.GetString(2);
            values[name].Add(new FacetValue(Key(name, k), label ?? Label(name, k, english), reader.GetInt64(3)));
        }
        foreach (var (name, list) in values)
            facets[name] = [.. list.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Key, StringComparer.Ordinal)];
        return (total, facets, approximate);
    }

    /// <summary>The key a caller sends back as a filter value: an id, a century, <c>Public</c>, <c>true</c>.</summary>
    private static string Key(string facet, long k) => facet switch
    {
        FacetNames.Publication => k == 1 ? "Public" : "Internal",
        FacetNames.HasImage => k == 1 ? "true" : "false",
        _ => k.ToString(CultureInfo.InvariantCulture),
    };

    private static string Label(string facet, long k, bool english) => facet switch
    {
        FacetNames.Century => FacetLabels.Century((int)k, english),
        FacetNames.Publication => FacetLabels.Publication(k == 1, english),
        FacetNames.HasImage => FacetLabels.HasImage(k == 1, english),
        _ => "#" + k.ToString(CultureInfo.InvariantCulture),
    };
}
