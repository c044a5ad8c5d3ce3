using Depot.Preservation.Packages;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Packages;

/// <summary>A package export or import: its progress (refreshed with htmx), then the download or what the import did.</summary>
public sealed class JobModel(PackageJobs jobs) : OrganisationPageModel
{
    [FromRoute(Name = "id")]
    public long JobId { get; set; }

    public PackageJobView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await jobs.FindAsync(OrganisationId, JobId, ct) is not { } view) return Missing();
        View = view;
        return Page();
    }

    /// <summary>The finished package, for this organisation only.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (await jobs.OpenAsync(OrganisationId, JobId, ct) is not var (file, name)) return Missing();
        return File(file, "application/zip", name);
    }
}
