using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Web.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages;

/// <summary>Start page: straight to the objects of one's only organisation, else a choice.</summary>
[Authorize]
public sealed class IndexModel(OrganisationAccess access) : PageModel
{
    public IReadOnlyList<(Organisation Organisation, OrganisationRole? Role)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organisations = await access.VisibleAsync(User, ct);
        return Organisations.Count == 1 ? Redirect($"/o/{Organisations[0].Organisation.Slug}/objecten") : Page();
    }
}
