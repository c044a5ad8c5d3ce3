using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Storage.Search;
using Depot.Web.Localisation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// The object list: keywords, facet filters, sort and cursor paging in one GET form, so it works
/// without JavaScript; with htmx, typing and ticking refresh only the results region.
/// </summary>
public sealed class SearchModel(ObjectSearch search, UiText text) : OrganisationPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Keywords { get; set; }

    [BindProperty(SupportsGet = true)]
    public ObjectSort Sort { get; set; } = ObjectSort.Relevance;

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public ObjectSearchResult Result { get; private set; } = null!;

    public bool HasFilters => FacetNames.All.Any(f => Selected(f).Count > 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = new ObjectQuery
        {
            Text = string.IsNullOrWhiteSpace(Keywords) ? null : Keywords.Trim(),
            ObjectNames = Ids(FacetNames.ObjectName),
            Materials = Ids(FacetNames.Material),
            Makers = Ids(FacetNames.Maker),
            Centuries = Selected(FacetNames.Century).Select(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? (int?)c : null).OfType<int>().ToList(),
            Locations = Ids(FacetNames.Location),
            Publication = Selected(FacetNames.Publication).Select(v => Enum.TryParse<PublicationStatus>(v, true, out var p) ? (PublicationStatus?)p : null).FirstOrDefault(p => p is not null),
            HasImage = Selected(FacetNames.HasImage).Select(ParseBool).FirstOrDefault(b => b is not null),
            Sort = Sort,
            Descending = Sort == ObjectSort.LastChanged,
            Cursor = string.IsNullOrWhiteSpace(Cursor) ? null : Cursor,
            Limit = PageSize,
        };
        Result = await search.SearchAsync(OrganisationId, query, text.Code, ct);
        // The same URL answers with the whole page or only the results: caches must keep them apart.
        Response.Headers.Vary = "HX-Request";
        return IsPartial ? Partial("_Results", this) : Page();
    }

    /// <summary>
    /// An htmx update of the results region. Not when htmx restores history after a cache miss:
    /// then it needs the whole page.
    /// </summary>
    public bool IsPartial => Request.IsHtmxNonBoosted() && !Request.IsHtmxHistoryRestoreRequest();

    /// <summary>The values ticked for a facet, as they appear in the URL.</summary>
    public IReadOnlyList<string> Selected(string facet) =>
        Request.Query[facet].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

    /// <summary>The current search with another cursor, for "Volgende" (next page).</summary>
    public string PageUrl(string? cursor)
    {
        var pairs = Request.Query.Where(p => p.Key != "cursor")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        if (cursor is not null) pairs.Add(new("cursor", cursor));
        return QueryHelpers.AddQueryString(Request.Path, pairs);
    }

    /// <summary>A readable label for facet values whose key the UI knows better than the index (status, image).</summary>
    public string FacetLabel(string facet, FacetValue value) => facet switch
    {
        FacetNames.Publication when Enum.TryParse<PublicationStatus>(value.Key, true, out var p) => text[$"publication.{p}"],
        FacetNames.HasImage when ParseBool(value.Key) is bool b => text[b ? "search.withImage" : "search.withoutImage"],
        FacetNames.Century when (value.Label.Length == 0 || value.Label == value.Key) && int.TryParse(value.Key, CultureInfo.InvariantCulture, out var century) =>
            text.Format("search.century", century, Ordinal(century)),
        _ => value.Label.Length > 0 ? value.Label : value.Key,
    };

    /// <summary>English ordinal suffix (1st, 2nd, 3rd, 11th, 17th); Dutch writes "de" always.</summary>
    private static string Ordinal(int n) => (Math.Abs(n) % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (Math.Abs(n) % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private List<long> Ids(string facet) =>
        Selected(facet).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (long?)id : null).OfType<long>().ToList();

    private static bool? ParseBool(string value) => value.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "JA" => true,
        "FALSE" or "0" or "NO" or "NEE" => false,
        _ => null,
    };
}
