using Depot.Interchange.Exporting;
using Depot.Web.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Exports;

/// <summary>A background export: its progress (refreshed with htmx, or a link without) and, once done, its file.</summary>
public sealed class JobModel(ExportJobs jobs) : OrganisationPageModel
{
    [FromRoute(Name = "id")]
    public long JobId { get; set; }

    public ExportJobView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await jobs.FindAsync(OrganisationId, JobId, ct) is not { } view) return Missing();
        View = view;
        return Page();
    }

    /// <summary>The finished file, for this organisation only.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (await jobs.OpenAsync(OrganisationId, JobId, ct) is not var (file, view)) return Missing();
        return File(file, ObjectExport.ContentType(view.Payload.Format), view.Result!.FileName);
    }
}
