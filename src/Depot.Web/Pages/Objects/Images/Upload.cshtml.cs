using Depot.Core.Registration.Objects;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Depot.Web.Images;
using Depot.Web.Importing;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects.Images;

/// <summary>
/// Adds images to an object: the form is not bound (the receiver streams the multipart body and
/// checks the anti-forgery token before the first file), each image is checked by its bytes.
/// </summary>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(long.MaxValue)]
[DisableFormValueBinding]
public sealed class UploadModel(RecordStore records, ImageUploadReceiver receiver, MediaFiles files, UiText text) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public CollectionObject Object { get; private set; } = null!;

    public string? Error { get; private set; }

    public string MaxSize => ImageRefusal.Size(files.Options.MaxImageBytes);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        Object = await records.GetAsync<CollectionObject>(OrganisationId, Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        Object = await records.GetAsync<CollectionObject>(OrganisationId, Id, ct);
        var received = await receiver.FromFormAsync(HttpContext, OrganisationId, Id, Actor, ct);
        var refused = received.Refused ?? received.Added.Select(a => a.Refusal).LastOrDefault(r => r is not null);
        if (refused is not null)
        {
            var stored = received.Added.Count(a => a.Refusal is null);
            Error = (stored > 0 ? text.Format("images.partly", stored) + " " : "") + text.Pick(refused.Nl, refused.En);
            Response.StatusCode = refused.Status;
            return Page();
        }
        return Redirect($"/o/{OrganisationSlug}/objecten/{Id}#afbeeldingen");
    }
}
