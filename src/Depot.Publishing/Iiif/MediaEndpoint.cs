using Depot.Publishing.Caching;
using Depot.Storage.Database;
using Depot.Storage.Images;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Depot.Publishing.Iiif;

/// <summary>
/// <c>GET /media/{imageId}</c>: the bytes of an image that is in its object's current public
/// snapshot — never of an internal object, a withdrawn one, or an image held back. The bytes are
/// content-addressed, so the hash is the ETag and the answer may be cached for a year.
/// </summary>
internal static class MediaEndpoint
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{imageId:long}", async (long imageId, HttpContext http, [FromServices] MediaFiles files, DepotDatabase database,
            PublicationProjector projector, PublicationStore store, CancellationToken ct) =>
        {
            await projector.CatchUpAsync(ct);
            await using var db = database.CreateContext();
            var image = await db.ObjectImages.Where(i => i.Id == imageId)
                .Select(i => new { i.ObjectId, i.StoragePath, i.Sha256, i.MediaType, i.FileId }).SingleOrDefaultAsync(ct);
            var state = image is null ? null : await store.FindObjectAsync(image.ObjectId, ct);
            if (image is null || state?.Current?.Images.Any(i => i.Id == imageId) != true)
                return IiifEndpoints.Problem(404, "Deze afbeelding is niet openbaar.", "This image is not public.");
            var tag = new EntityTagHeaderValue($"\"{image.Sha256}\"");
            if (image.FileId is not null)
            {
                // Kept by the digital depot: read from a replica.
                if (await http.RequestServices.GetRequiredService<IDepotImageContent>().OpenAsync(image.Sha256, ct) is not { } bytes)
                    return IiifEndpoints.Problem(404, "Deze afbeelding is niet gevonden.", "This image was not found.");
                http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return Results.Stream(bytes, image.MediaType, entityTag: tag, enableRangeProcessing: bytes.CanSeek);
            }
            var path = files.FullPath(image.StoragePath);
            if (!File.Exists(path)) return IiifEndpoints.Problem(404, "Deze afbeelding is niet gevonden.", "This image was not found.");
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(path, image.MediaType, entityTag: tag, enableRangeProcessing: true);
        }).WithName("PublicImage").WithSummary("The bytes of a public image of a public object").PublicRoute();
        return app;
    }
}
