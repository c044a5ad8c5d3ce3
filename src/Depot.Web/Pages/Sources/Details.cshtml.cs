using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Sources;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sources;

/// <summary>One source: its health, its recent runs, and for admins "harvest now", switching the schedule and removing it.</summary>
public sealed class DetailsModel(SourceStore store, HarvestJobs harvests) : OrganisationPageModel
{
    public const int RunCount = 20;

    [FromRoute(Name = "id")]
    public long SourceId { get; set; }

    public SourceHealth Health { get; private set; } = null!;

    public HarvestSource Source => Health.Source;

    public IReadOnlyList<HarvestRun> Runs { get; private set; } = [];

    public long? ActiveJobId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await store.HealthAsync(OrganisationId, ct)).FirstOrDefault(h => h.Source.Id == SourceId) is not { } health) return Missing();
        Health = health;
        Runs = await store.RunsAsync(OrganisationId, SourceId, RunCount, ct);
        ActiveJobId = (await harvests.ActiveJobAsync(OrganisationId, SourceId, ct))?.Id;
        return Page();
    }

    /// <summary>"Nu oogsten": queues a harvest (or finds the one already queued) and shows its progress.</summary>
    public async Task<IActionResult> OnPostHarvestAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        if (await store.FindAsync(OrganisationId, SourceId, ct) is null) return Missing();
        var job = await harvests.EnqueueAsync(OrganisationId, SourceId, onDemand: true, User.GetDisplayName(), ct);
        return Redirect($"/o/{OrganisationSlug}/bronnen/{SourceId}/oogst/{job.Id}");
    }

    public async Task<IActionResult> OnPostEnabledAsync(bool enabled, int version, CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        try
        {
            if (await store.SetEnabledAsync(OrganisationId, SourceId, version, enabled, ct) is null) return Missing();
        }
        catch (SourceChangedException)
        {
            // The page was old; showing the current state is the answer.
        }
        return Redirect($"/o/{OrganisationSlug}/bronnen/{SourceId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        return await store.DeleteAsync(OrganisationId, SourceId, ct) ? Redirect($"/o/{OrganisationSlug}/bronnen") : Missing();
    }
}
