using System.Globalization;
using Depot.Storage.Sets;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Objects;

// The person's selection (kept server-side as a set) and saved searches, from the result list.
public sealed partial class SearchModel
{
    public long SelectionId { get; private set; }

    public long SelectionCount { get; private set; }

    /// <summary>Which hits on this page are in the selection (their boxes are ticked).</summary>
    public IReadOnlySet<long> SelectedHere { get; private set; } = new HashSet<long>();

    public IReadOnlyList<SavedSearch> SavedSearches { get; private set; } = [];

    private async Task LoadSelectionAsync(CancellationToken ct)
    {
        var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
        SelectionId = selection.Id;
        SelectionCount = await sets.CountAsync(OrganisationId, selection.Id, ct);
        SelectedHere = await sets.ContainedAsync(OrganisationId, selection.Id, Result.Hits.Select(h => h.Id).ToList(), ct);
    }

    /// <summary>
    /// The selection buttons: the ticked boxes of this page (unticked ones leave), the whole page,
    /// every result of the search (selected inside the database, by query), or nothing.
    /// </summary>
    public async Task<IActionResult> OnPostSelectAsync([FromForm] string? select, [FromForm] string? query, CancellationToken ct)
    {
        var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
        var page = FormIds("page");
        switch (select)
        {
            case "all":
                var search = ToQuery(new QueryCollection(QueryHelpers.ParseQuery(query ?? "")));
                await sets.AddMatchingAsync(OrganisationId, selection.Id, search, ct);
                break;
            case "page":
                await sets.AddAsync(OrganisationId, selection.Id, page, ct);
                break;
            case "clear":
                await sets.ClearAsync(OrganisationId, selection.Id, ct);
                break;
            default:
                var ticked = FormIds("object");
                await sets.AddAsync(OrganisationId, selection.Id, ticked, ct);
                await sets.RemoveAsync(OrganisationId, selection.Id, page.Except(ticked).ToList(), ct);
                break;
        }
        return Redirect($"/o/{OrganisationSlug}/objecten" + (string.IsNullOrEmpty(query) ? "" : "?" + query));
    }

    /// <summary>One box ticked or unticked with htmx: the box's object joins or leaves the selection at once.</summary>
    public async Task<IActionResult> OnPostToggleAsync([FromQuery] long id, [FromForm] string? query, CancellationToken ct)
    {
        var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
        if (FormIds("object").Contains(id)) await sets.AddAsync(OrganisationId, selection.Id, [id], ct);
        else await sets.RemoveAsync(OrganisationId, selection.Id, [id], ct);
        if (!Request.IsHtmx()) return Redirect($"/o/{OrganisationSlug}/objecten" + (string.IsNullOrEmpty(query) ? "" : "?" + query));
        SelectionId = selection.Id;
        SelectionCount = await sets.CountAsync(OrganisationId, selection.Id, ct);
        return Partial("_SelectionCount", this);
    }

    public async Task<IActionResult> OnPostSaveSearchAsync([FromForm] string? name, [FromForm] bool shared, [FromForm] string? query, CancellationToken ct)
    {
        var back = $"/o/{OrganisationSlug}/objecten" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        try
        {
            await savedSearches.CreateAsync(OrganisationId, name ?? "", query ?? "", shared && Grant.CanWrite, Actor, ct);
        }
        catch (Core.Validation.ValidationFailedException)
        {
            return Redirect(QueryHelpers.AddQueryString(back, "saveError", "1"));
        }
        return Redirect(back);
    }

    public async Task<IActionResult> OnPostDeleteSearchAsync([FromForm] long id, CancellationToken ct)
    {
        await savedSearches.DeleteAsync(OrganisationId, id, Actor, Grant.CanAdminister, ct);
        return Redirect($"/o/{OrganisationSlug}/objecten");
    }

    private List<long> FormIds(string key) =>
        Request.Form[key].Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (long?)id : null)
            .OfType<long>().Distinct().ToList();
}
