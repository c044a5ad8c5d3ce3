using Depot.Storage.Completeness;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>The organisation's registration dashboard: how many objects meet the minimal registration and which fields most often miss.</summary>
public sealed class CompletenessModel(CompletenessStats stats) : OrganisationPageModel
{
    public OrganisationCompleteness Stats { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Stats = await stats.ForOrganisationAsync(OrganisationId, ct);
        return Page();
    }
}
