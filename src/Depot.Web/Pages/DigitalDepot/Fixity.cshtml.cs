using System.Text.Json;
using Depot.Preservation;
using Depot.Storage.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>The fixity dashboard of an organisation: the last audits, the copies' state now, and "audit now" for admins.</summary>
public sealed class FixityModel(FixityOverview overview, JobQueue jobs) : OrganisationPageModel
{
    public FixityFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await overview.LoadAsync(OrganisationId, ct);

    public async Task<IActionResult> OnPostAuditAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        var figures = await overview.LoadAsync(OrganisationId, ct);
        if (figures.PendingAudit is null)
            await jobs.EnqueueAsync(PreservationJobs.FixityAudit, OrganisationId, JsonSerializer.Serialize(new { organisationId = OrganisationId }), ct);
        return Redirect($"/o/{OrganisationSlug}/depot/fixiteit");
    }
}
