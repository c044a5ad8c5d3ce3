using Depot.Network.Sources;

namespace Depot.Web.Pages.Sources;

/// <summary>The organisation's registered sources with their health; everyone who reads the organisation sees it, its admins change it.</summary>
public sealed class IndexModel(SourceStore store) : OrganisationPageModel
{
    public IReadOnlyList<SourceHealth> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sources = await store.HealthAsync(OrganisationId, ct);
}
