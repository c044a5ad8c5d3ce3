using Depot.Preservation.Packages;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Packages;

/// <summary>Upload a zipped BagIt bag; it is kept in the work folder and validated and ingested by a background job.</summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(PackageJobs jobs, UiText text) : OrganisationPageModel
{
    /// <summary>The largest upload through the browser (the unpacked size is limited separately by the depot's settings).</summary>
    public const long MaxUploadBytes = 20L * 1024 * 1024 * 1024;

    public string? Error { get; private set; }

    public IActionResult OnGet() => Grant.CanWrite ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAsync(IFormFile? package, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (package is null || package.Length == 0 || !package.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            Error = text["packages.import.error.file"];
            return Page();
        }
        await using var upload = package.OpenReadStream();
        var job = await jobs.EnqueueImportAsync(OrganisationId, upload, package.FileName, Actor.UserId, Actor.Name, ct);
        return Redirect($"/o/{OrganisationSlug}/pakketten/{job.Id}");
    }
}
