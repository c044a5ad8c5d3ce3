namespace Depot.Storage.Portal;

/// <summary>A search of the public portal: keywords, facet filters (values within a facet are alternatives), sort and page.</summary>
public sealed record PortalQuery
{
    public string? Text { get; init; }

    /// <summary>Only this organisation's objects (its slug): the scope of <c>/collectie/{org}</c>, counted in every facet.</summary>
    public string? Organisation { get; init; }

    /// <summary>Facet name → chosen keys (see <see cref="PortalFacets"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public PortalSort Sort { get; init; } = PortalSort.Title;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
    public bool WithFacets { get; init; } = true;
}

public enum PortalSort
{
    Title,
    Oldest,
    Newest,
    RecentlyPublished,
}

/// <summary>One facet value with the number of public objects that have it, given every other filter.</summary>
public sealed record PortalFacetValue(string Key, string LabelNl, string LabelEn, long Count)
{
    public string Label(bool english) => english ? LabelEn : LabelNl;
}

/// <summary>Object ids of one page in order, the total and the facet counts (facet → values, most frequent first).</summary>
public sealed record PortalResult(IReadOnlyList<long> Ids, long Total, IReadOnlyDictionary<string, IReadOnlyList<PortalFacetValue>> Facets);
