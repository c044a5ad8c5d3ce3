using Depot.Preservation;
using Depot.Storage.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>
/// The upload page: many files by drag and drop or the file picker, each sent through the resumable
/// upload API by <c>wwwroot/js/depot-upload.js</c> with its own progress bar; links by an object
/// number for all files, a manifest CSV, or the number in the file name.
/// </summary>
public sealed class UploadModel(DepotDatabase database, PreservationOptions options) : OrganisationPageModel
{
    [FromQuery(Name = "object")]
    public long? ObjectId { get; set; }

    /// <summary>The object the files go to when the page was opened from an object.</summary>
    public string? ObjectNumber { get; private set; }

    public long MaxFileBytes => options.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (ObjectId is long id)
        {
            await using var db = database.CreateContext();
            ObjectNumber = await db.Objects.Where(o => o.OrganisationId == OrganisationId && o.Id == id && !o.IsDeleted).Select(o => o.ObjectNumber).FirstOrDefaultAsync(ct);
            if (ObjectNumber is null) return Missing();
        }
        return Page();
    }
}
