using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Web.Localisation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// The object list: keywords, facet filters, sort and cursor paging in one GET form, so it works
/// without JavaScript; with htmx, typing and ticking refresh only the results region. Results show
/// as a table or as a grid of cards, and can be put in the person's selection (see Search.Selection.cs).
/// </summary>
public sealed partial class SearchModel(ObjectSearch search, SetStore sets, SavedSearchStore savedSearches, UiText text) : OrganisationPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Keywords { get; set; }

    [BindProperty(SupportsGet = true)]
    public ObjectSort Sort { get; set; } = ObjectSort.Relevance;

    /// <summary>"asc" or "desc"; without it, last-changed sorts newest first and the others ascending.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    /// <summary>"grid" for cards; anything else is the table.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public ObjectSearchResult Result { get; private set; } = null!;

    public bool IsGrid => View == "grid";

    public bool Descending => Dir is null ? Sort == ObjectSort.LastChanged : Dir == "desc";

    public bool HasFilters => FacetNames.All.Any(f => Selected(f).Count > 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Result = await search.SearchAsync(OrganisationId, ToQuery(Request.Query) with
        {
            Cursor = string.IsNullOrWhiteSpace(Cursor) ? null : Cursor,
            Limit = PageSize,
        }, text.Code, ct);
        await LoadSelectionAsync(ct);
        if (!IsPartial) SavedSearches = await savedSearches.ListAsync(OrganisationId, Actor, ct);
        // The same URL answers with the whole page or only the results: caches must keep them apart.
        Response.Headers.Vary = "HX-Request";
        return IsPartial ? Partial("_Results", this) : Page();
    }

    /// <summary>The search a query string describes (the page's own, or one posted back from a selection form).</summary>
    public static ObjectQuery ToQuery(IQueryCollection q)
    {
        var sort = Enum.TryParse<ObjectSort>(q["sort"], true, out var s) ? s : ObjectSort.Relevance;
        string? dir = q["dir"];
        return new ObjectQuery
        {
            Text = string.IsNullOrWhiteSpace(q["q"]) ? null : q["q"].ToString().Trim(),
            ObjectNames = Ids(q, FacetNames.ObjectName),
            Materials = Ids(q, FacetNames.Material),
            Makers = Ids(q, FacetNames.Maker),
            Centuries = Values(q, FacetNames.Century).Select(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? (int?)c : null).OfType<int>().ToList(),
            Locations = Ids(q, FacetNames.Location),
            Publication = Values(q, FacetNames.Publication).Select(v => Enum.TryParse<PublicationStatus>(v, true, out var p) ? (PublicationStatus?)p : null).FirstOrDefault(p => p is not null),
            HasImage = Values(q, FacetNames.HasImage).Select(ParseBool).FirstOrDefault(b => b is not null),
            Sort = sort,
            Descending = dir is null ? sort == ObjectSort.LastChanged : dir == "desc",
        };
    }

    /// <summary>
    /// An htmx update of the results region. Not when htmx restores history after a cache miss:
    /// then it needs the whole page.
    /// </summary>
    public bool IsPartial => Request.IsHtmxNonBoosted() && !Request.IsHtmxHistoryRestoreRequest();

    /// <summary>The values ticked for a facet, as they appear in the URL.</summary>
    public IReadOnlyList<string> Selected(string facet) => Values(Request.Query, facet);

    /// <summary>The current search with another cursor, for "Volgende" (next page).</summary>
    public string PageUrl(string? cursor) => With(cursor is null ? [] : [("cursor", cursor)], "cursor");

    /// <summary>The current search (first page) with a column's sort; the same column again flips the direction.</summary>
    public string SortUrl(ObjectSort sort) =>
        With([("sort", sort.ToString()), ("dir", sort == Sort && !Descending ? "desc" : "asc")], "sort", "dir", "cursor");

    /// <summary>The current search (same page) in the other view.</summary>
    public string ViewUrl(bool grid) => With(grid ? [("view", "grid")] : [], "view");

    /// <summary>aria-sort of a column header: only the column the list is sorted by has one.</summary>
    public string? AriaSort(ObjectSort sort) => sort == Sort ? (Descending ? "descending" : "ascending") : null;

    /// <summary>The query string of this search without paging: what a saved search keeps.</summary>
    public string CurrentQuery => QueryHelpers.AddQueryString("", Pairs("cursor", "handler")).TrimStart('?');

    /// <summary>A readable label for facet values whose key the UI knows better than the index (status, image).</summary>
    public string FacetLabel(string facet, FacetValue value) => facet switch
    {
        FacetNames.Publication when Enum.TryParse<PublicationStatus>(value.Key, true, out var p) => text[$"publication.{p}"],
        FacetNames.HasImage when ParseBool(value.Key) is bool b => text[b ? "search.withImage" : "search.withoutImage"],
        FacetNames.Century when (value.Label.Length == 0 || value.Label == value.Key) && int.TryParse(value.Key, CultureInfo.InvariantCulture, out var century) =>
            text.Format("search.century", century, Ordinal(century)),
        _ => value.Label.Length > 0 ? value.Label : value.Key,
    };

    private string With(IEnumerable<(string Key, string Value)> extra, params string[] without)
    {
        var pairs = Pairs(without);
        pairs.AddRange(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)));
        return QueryHelpers.AddQueryString(Request.Path, pairs);
    }

    private List<KeyValuePair<string, string?>> Pairs(params string[] without) =>
        Request.Query.Where(p => !without.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();

    /// <summary>English ordinal suffix (1st, 2nd, 3rd, 11th, 17th); Dutch writes "de" always.</summary>
    private static string Ordinal(int n) => (Math.Abs(n) % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (Math.Abs(n) % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static List<string> Values(IQueryCollection q, string facet) =>
        q[facet].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

    private static List<long> Ids(IQueryCollection q, string facet) =>
        Values(q, facet).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (long?)id : null).OfType<long>().ToList();

    private static bool? ParseBool(string value) => value.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "JA" => true,
        "FALSE" or "0" or "NO" or "NEE" => false,
        _ => null,
    };
}
