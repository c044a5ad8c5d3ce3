using Depot.Storage.Sets;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sets;

/// <summary>The person's own selection is a set like the others: its page is the set page.</summary>
public sealed class SelectionModel(SetStore sets) : OrganisationPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
        return Redirect($"/o/{OrganisationSlug}/werksets/{selection.Id}");
    }
}
