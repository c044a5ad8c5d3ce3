using System.Text.Json;
using Depot.Core.Identity;
using Depot.Preservation;
using Depot.Storage.Jobs;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>The whole depot's fixity dashboard, for platform admins: every organisation's copies and the depot-wide audits.</summary>
[Authorize]
public sealed class PlatformFixityModel(FixityOverview overview, JobQueue jobs) : PageModel
{
    public FixityFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.GetPlatformRole() != PlatformRole.PlatformAdmin) return NotFound();
        Figures = await overview.LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAuditAsync(CancellationToken ct)
    {
        if (User.GetPlatformRole() != PlatformRole.PlatformAdmin) return NotFound();
        if ((await overview.LoadAsync(null, ct)).PendingAudit is null)
            await jobs.EnqueueAsync(PreservationJobs.FixityAudit, null, JsonSerializer.Serialize(new { organisationId = (long?)null }), ct);
        return Redirect("/depot/fixiteit");
    }
}
