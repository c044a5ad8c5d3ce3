using Depot.Core.Registration.Objects;

namespace Depot.Storage.Search;

/// <summary>A search over one organisation's objects: keywords, facet filters, sort and a cursor.</summary>
public sealed record ObjectQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<long> ObjectNames { get; init; } = [];
    public IReadOnlyList<long> Materials { get; init; } = [];
    public IReadOnlyList<long> Makers { get; init; } = [];
    public IReadOnlyList<int> Centuries { get; init; } = [];
    public IReadOnlyList<long> Locations { get; init; } = [];
    public PublicationStatus? Publication { get; init; }
    public bool? HasImage { get; init; }
    public ObjectSort Sort { get; init; } = ObjectSort.Relevance;
    public bool Descending { get; init; }

    /// <summary>Opaque position returned as <see cref="ObjectSearchResult.NextCursor"/> by the previous page.</summary>
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 25;

    /// <summary>Include facet counts (a list page wants them; an API cursor walk may not).</summary>
    public bool WithFacets { get; init; } = true;
}

public enum ObjectSort
{
    /// <summary>Best match first when there are keywords; natural object-number order otherwise.</summary>
    Relevance,
    ObjectNumber,
    Dating,
    LastChanged,
}

public sealed record ObjectHit(
    long Id,
    string ObjectNumber,
    string Title,
    string ObjectName,
    string Dating,
    PublicationStatus Publication,
    bool HasImage,
    DateTimeOffset UpdatedAt);

/// <summary>One value of a facet with the number of matching objects.</summary>
public sealed record FacetValue(string Key, string Label, long Count);

public static class FacetNames
{
    public const string ObjectName = "objectName";
    public const string Material = "material";
    public const string Maker = "maker";
    public const string Century = "century";
    public const string Location = "location";
    public const string Publication = "publication";
    public const string HasImage = "hasImage";

    public static readonly IReadOnlyList<string> All = [ObjectName, Material, Maker, Century, Location, Publication, HasImage];
}

public sealed record ObjectSearchResult(
    IReadOnlyList<ObjectHit> Hits,
    long Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? NextCursor)
{
    /// <summary>
    /// True when more objects matched than <see cref="ObjectSearch.DefaultCountLimit"/>: the facet
    /// counts were then counted over the first matches only and are lower bounds ("≥"). The total
    /// and the hits are always exact.
    /// </summary>
    public bool Approximate { get; init; }
}
