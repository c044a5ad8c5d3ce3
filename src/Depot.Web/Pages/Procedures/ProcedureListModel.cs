using System.Globalization;
using System.Text.Encodings.Web;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Procedures;

/// <summary>A procedure list: a status filter, sortable columns and pages, all in the query string so every view can be linked.</summary>
public abstract class ProcedureListModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedurePageModel(database, queries, text)
{
    [FromQuery(Name = "status")]
    public string? StatusFilter { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "desc")]
    public bool Descending { get; set; }

    /// <summary>The number of the procedure just deleted from its page, to confirm it went.</summary>
    [FromQuery(Name = "verwijderd")]
    public string? DeletedNumber { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; protected set; }

    public int Pages { get; protected set; } = 1;

    /// <summary>The sort key used when none (or an unknown one) is asked for.</summary>
    protected abstract string DefaultSort { get; }

    public string SortKey => string.IsNullOrEmpty(Sort) ? DefaultSort : Sort;

    protected void SetPage<T>(ProcedurePage<T> page)
    {
        Total = page.Total;
        Pages = page.Pages;
        PageNumber = page.Page;
    }

    /// <summary>This list's URL with some query values replaced (null removes one).</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        foreach (var (key, value) in changes) values[key] = value;
        var kept = values.Where(v => !string.IsNullOrEmpty(v.Value) && !(v.Key == "page" && v.Value == "1"));
        return QueryHelpers.AddQueryString(Request.Path, kept);
    }

    /// <summary>A column header that sorts by <paramref name="key"/>, and says how the list is sorted now.</summary>
    public IHtmlContent SortHeader(string key, string label)
    {
        var current = SortKey == key;
        var desc = current && !Descending;
        var aria = current ? $" aria-sort=\"{(Descending ? "descending" : "ascending")}\"" : "";
        var href = Link(("sort", key), ("desc", desc ? "true" : null), ("page", null));
        var arrow = current ? (Descending ? " ↓" : " ↑") : "";
        var e = HtmlEncoder.Default;
        return new HtmlString($"<th scope=\"col\"{aria}><a href=\"{e.Encode(href)}\">{e.Encode(label)}{arrow}</a></th>");
    }

    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));
}
