using Depot.Preservation.Derivatives;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Images;

/// <summary>
/// Streams the upload form's images straight into the digital depot (as depot files linked to the
/// object), one multipart section at a time: no image sits in memory or in ASP.NET's temp buffer. The fields (anti-forgery token,
/// caption) come before the files, so the token is checked before a byte is written.
/// </summary>
public sealed class ImageUploadReceiver(ObjectImageStore store, ObjectImageIntake intake, IAntiforgery antiforgery)
{
    /// <summary>Images in one upload; each is checked against the size limit on its own.</summary>
    public const int MaxFiles = 20;

    public sealed record Received(IReadOnlyList<ImageAdded> Added, ImageRefusal? Refused);

    public async Task<Received> FromFormAsync(HttpContext http, long organisationId, long objectId, Actor actor, CancellationToken ct)
    {
        var limit = store.Files.Options.MaxImageBytes * MaxFiles + 1024 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit) return new([], ImageRefusal.TooLarge(store.Files.Options.MaxImageBytes));
        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary)) return new([], ImageRefusal.NoFile);
        var reader = new MultipartReader(boundary, http.Request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<ImageAdded>();
        var checkedToken = false;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            if (!disposition.IsFileDisposition())
            {
                using var text = new StreamReader(section.Body);
                fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? ""] = await text.ReadToEndAsync(ct);
                continue;
            }
            if (!checkedToken)
            {
                http.Request.Headers["RequestVerificationToken"] = fields.GetValueOrDefault("__RequestVerificationToken", "");
                if (!await antiforgery.IsRequestValidAsync(http))
                    return new([], new ImageRefusal(400, "Het formulier is verlopen. Laad de pagina opnieuw en probeer nog eens.",
                        "The form has expired. Reload the page and try again."));
                checkedToken = true;
            }
            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            // An empty file input still sends a section without a name.
            if (string.IsNullOrEmpty(name)) continue;
            if (added.Count == MaxFiles) break;
            var result = await intake.AddAsync(organisationId, objectId, section.Body, name, fields.GetValueOrDefault("caption", ""), actor, ct);
            added.Add(result);
            if (result.Refusal is not null) break;
        }
        return added.Count == 0 ? new([], ImageRefusal.NoFile) : new(added, null);
    }
}
