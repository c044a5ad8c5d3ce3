using Depot.Storage.Importing;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Importing;

/// <summary>Importeren: the organisation's imports, newest first, with their state and counts; for registrars and admins.</summary>
public sealed class IndexModel(ImportUploadStore uploads) : OrganisationPageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ImportUpload> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await uploads.ListAsync(OrganisationId, (PageNumber - 1) * PageSize, PageSize, ct);
        return Page();
    }
}
