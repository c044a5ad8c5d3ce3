using System.Globalization;
using Depot.Storage.Portal;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Depot.Web.Portal;

/// <summary>
/// A portal search as it travels in the address (<c>?q=…&amp;maker=5&amp;century=17&amp;sort=oldest&amp;page=2</c>),
/// so every result page can be bookmarked, shared, cached and indexed, and works without JavaScript.
/// </summary>
public sealed record PortalSearchRequest(
    string Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    PortalSort Sort,
    int Page,
    string Language)
{
    public const int MaxPage = 1_000;

    public static PortalSearchRequest From(IQueryCollection query, string language, IEnumerable<string>? facets = null)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in facets ?? PortalFacets.Shown)
            if (query[facet] is { Count: > 0 } values)
                filters[facet] = [.. values.OfType<string>().Where(v => v.Length is > 0 and <= 500).Distinct()];
        var sort = Enum.TryParse<PortalSort>(query["sort"], ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : PortalSort.Title;
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, MaxPage) : 1;
        return new PortalSearchRequest(query["q"].ToString().Trim(), filters, sort, page, language);
    }

    public PortalQuery ToQuery(string? organisation, int pageSize) => new()
    {
        Text = Text,
        Organisation = organisation,
        Filters = Filters,
        Sort = Sort,
        Page = Page,
        PageSize = pageSize,
    };

    public bool IsChosen(string facet, string key) => Filters.TryGetValue(facet, out var values) && values.Contains(key);

    public bool HasCriteria => Text.Length > 0 || Filters.Values.Any(v => v.Count > 0);

    /// <summary>This search's address on <paramref name="path"/> with changes: another page, a filter off, no filters.</summary>
    public string Url(string path, int? page = null, (string Facet, string Key)? without = null, bool clear = false)
    {
        var pairs = new List<KeyValuePair<string, StringValues>>();
        if (Text.Length > 0 && !clear) pairs.Add(new("q", Text));
        if (!clear)
            foreach (var (facet, values) in Filters)
                foreach (var v in values)
                    if (without is not { } w || w.Facet != facet || w.Key != v) pairs.Add(new(facet, v));
        if (Sort != PortalSort.Title) pairs.Add(new("sort", Sort.ToString().ToLowerInvariant()));
        if ((page ?? 1) > 1) pairs.Add(new("page", page!.Value.ToString(CultureInfo.InvariantCulture)));
        if (Language.Length > 0) pairs.Add(new("lang", Language));
        return QueryHelpers.AddQueryString(path, pairs);
    }
}
