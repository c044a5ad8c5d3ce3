using Depot.Storage.Images;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects.Images;

/// <summary>
/// Changes to an object's images from its page (caption, order, hold back, remove); each form
/// posts here and comes back to the object's image section. The images are shown on the object page.
/// </summary>
public sealed class IndexModel(ObjectImageStore images) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    [FromForm]
    public long ImageId { get; set; }

    public IActionResult OnGet() => Back();

    public Task<IActionResult> OnPostCaptionAsync([FromForm] string? caption, CancellationToken ct) =>
        ChangeAsync(() => images.SetCaptionAsync(OrganisationId, ImageId, caption ?? "", ct), ct);

    public Task<IActionResult> OnPostMoveAsync([FromForm] int offset, CancellationToken ct) =>
        ChangeAsync(() => images.MoveAsync(OrganisationId, ImageId, Math.Sign(offset), ct), ct);

    public Task<IActionResult> OnPostVisibilityAsync([FromForm] bool isPublic, CancellationToken ct) =>
        ChangeAsync(() => images.SetPublicAsync(OrganisationId, ImageId, isPublic, ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        ChangeAsync(() => images.RemoveAsync(OrganisationId, ImageId, Actor, ct), ct, toImage: false);

    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, CancellationToken ct, bool toImage = true)
    {
        if (!Grant.CanWrite) return Forbidden();
        // The image must belong to the object of the route (and so to the organisation).
        var image = await images.FindAsync(OrganisationId, ImageId, ct);
        if (image is null || image.ObjectId != Id) return Missing();
        await change();
        return Back(toImage ? ImageId : null);
    }

    private RedirectResult Back(long? imageId = null) =>
        Redirect($"/o/{OrganisationSlug}/objecten/{Id}#{(imageId is long i ? $"afbeelding-{i}" : "afbeeldingen")}");
}
