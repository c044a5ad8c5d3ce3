using Depot.Storage.Images;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Pages.Objects.Images;

/// <summary>Any image of the organisation's objects, public or not, for its staff; never cached by shared caches.</summary>
public sealed class FileModel(ObjectImageStore images, IDepotImageContent depot) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    [FromRoute]
    public long ImageId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var image = await images.FindAsync(OrganisationId, ImageId, ct);
        if (image is null || image.ObjectId != Id) return Missing();
        Response.Headers.CacheControl = "private, max-age=86400";
        if (image.FileId is not null)
            return await depot.OpenAsync(image.Sha256, ct) is { } bytes
                ? new FileStreamResult(bytes, image.MediaType) { EntityTag = new EntityTagHeaderValue($"\"{image.Sha256}\"") }
                : Missing();
        var path = images.Files.FullPath(image.StoragePath);
        if (!System.IO.File.Exists(path)) return Missing();
        return new PhysicalFileResult(path, image.MediaType) { EntityTag = new EntityTagHeaderValue($"\"{image.Sha256}\"") };
    }
}
