using Depot.Storage.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures;

/// <summary>The procedures overview: one card per procedure with what needs attention.</summary>
public sealed class IndexModel(ProcedureQueries queries) : OrganisationPageModel
{
    public ProcedureCounts Counts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Counts = await queries.CountsAsync(OrganisationId, ProcedurePageModel.Today, ct);
        return Page();
    }
}
