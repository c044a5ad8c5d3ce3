using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Network.Sources;
using Depot.Web.Identity;
using Depot.Web.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages.Sources;

/// <summary>
/// The network's health for the platform: every organisation's sources, flagged first. The department reads it;
/// the platform admin can also go to an organisation's add form to register a source on its behalf.
/// </summary>
[Authorize]
public sealed class PlatformModel(SourceStore store, OrganisationAccess access) : PageModel
{
    public IReadOnlyList<SourceHealth> Sources { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Name)> Organisations { get; private set; } = [];

    public bool CanAdd => User.GetPlatformRole() == PlatformRole.PlatformAdmin;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.GetPlatformRole() is not (PlatformRole.PlatformAdmin or PlatformRole.Department)) return NotFound();
        Sources = await store.PlatformHealthAsync(ct);
        if (CanAdd)
            Organisations = (await access.VisibleAsync(User, ct)).Select(o => (o.Organisation.Slug, o.Organisation.Name)).ToList();
        return Page();
    }

    /// <summary>The organisation chosen to register a source for: its own add form, which the platform admin may use.</summary>
    public IActionResult OnPostAdd(string organisation)
    {
        if (!CanAdd) return NotFound();
        return Organisation.IsValidSlug(organisation) ? Redirect($"/o/{organisation}/bronnen/nieuw") : Redirect("/beheer/bronnen");
    }
}
