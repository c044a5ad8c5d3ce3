using System.Security.Cryptography;
using System.Text;
using Depot.Core.Preservation;
using Depot.Preservation.Derivatives;
using Depot.Publishing;
using Depot.Publishing.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Depot.Preservation.IiifImage;

/// <summary>
/// IIIF Image API 3.0, level 2, at <c>/iiif/3/{id}</c> where <c>id</c> is the depot file's id — a
/// database id like every public URI's key (see <c>PublicUris</c>); ids of files that are not
/// public answer 404 like ids that never existed, so they reveal nothing. Served from the file's
/// pyramid; open to any origin; public answers are cacheable by anyone, members' answers privately.
/// </summary>
internal static class ImageApiEndpoints
{
    public static IEndpointRouteBuilder MapIiifImageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/iiif/3").AddEndpointFilter(Headers).WithTags("IIIF Image API").PublicRoute();

        // The base URI redirects to the image information with 303 See Other (section 2.2).
        group.MapGet("/{id:long}", (long id, HttpContext http, PublicUris uris) =>
        {
            http.Response.Headers.Location = uris.ImageService(id) + "/info.json";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        })
            .WithName("IiifImageService").WithSummary("Redirects an image service's base URI to its info.json");

        group.MapGet("/{id:long}/info.json", async (long id, HttpContext http, ImageAccess access, PreservationPaths paths, PublicUris uris, CancellationToken ct) =>
        {
            if (await ReadyAsync(id, http, access, paths, ct) is not { } ready) return NotFound();
            Cache(http, ready.Image, ready.Image.Sha256 + "/info");
            var info = ImageServiceInfo.Build(uris.ImageService(id), ImagePyramid.Shape(ready.Pyramid), DerivativeFiles.TileSize, ImageLimits.Default);
            var jsonLd = http.Request.Headers.Accept.ToString().Contains("application/ld+json", StringComparison.OrdinalIgnoreCase);
            return Results.Text(info.ToJsonString(), jsonLd ? $"application/ld+json;profile=\"{ImageServiceInfo.Context}\"" : "application/json", Encoding.UTF8);
        }).WithName("IiifImageInfo").WithSummary("IIIF Image API 3.0 image information of a depot file");

        group.MapGet("/{id:long}/{region}/{size}/{rotation}/{qualityFormat}", async (long id, string region, string size, string rotation,
            string qualityFormat, HttpContext http, ImageAccess access, PreservationPaths paths, CancellationToken ct) =>
        {
            if (await ReadyAsync(id, http, access, paths, ct) is not { } ready) return NotFound();
            var shape = ImagePyramid.Shape(ready.Pyramid);
            ImageRequest request;
            try
            {
                request = ImageRequestParser.Parse(region, size, rotation, qualityFormat, shape.Width, shape.Height, ImageLimits.Default);
            }
            catch (InvalidImageRequestException e)
            {
                return Results.Text(e.Message, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
            }
            var tag = Cache(http, ready.Image, $"{ready.Image.Sha256}/{region}/{size}/{rotation}/{qualityFormat}");
            if (http.Request.Headers.IfNoneMatch.ToString().Contains(tag, StringComparison.Ordinal)) return Results.StatusCode(StatusCodes.Status304NotModified);
            var (bytes, mediaType) = await Task.Run(() => ImagePyramid.Render(ready.Pyramid, request), ct);
            return Results.Bytes(bytes, mediaType);
        }).WithName("IiifImage").WithSummary("IIIF Image API 3.0 image request (region, size, rotation, quality, format) of a depot file");
        return app;
    }

    private sealed record Ready(AccessibleImage Image, string Pyramid);

    /// <summary>The image with its pyramid, when the requester may see it and the derivatives are made.</summary>
    private static async Task<Ready?> ReadyAsync(long id, HttpContext http, ImageAccess access, PreservationPaths paths, CancellationToken ct)
    {
        var image = await access.FindAsync(id, http.User, ct);
        if (image is not { Derivatives: DerivativeState.Ready }) return null;
        var pyramid = Path.Combine(paths.DerivativesOf(image.Sha256), DerivativeFiles.Pyramid);
        return File.Exists(pyramid) ? new Ready(image, pyramid) : null;
    }

    /// <summary>Sets Cache-Control and a strong ETag over the content and the request; returns the ETag.</summary>
    private static string Cache(HttpContext http, AccessibleImage image, string what)
    {
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..32] + "\"";
        http.Response.Headers.ETag = tag;
        // A day: the pixels never change for an id, but an object can be withdrawn, and caches should learn it.
        http.Response.Headers.CacheControl = image.IsPublic ? "public, max-age=86400" : "private, max-age=3600";
        if (!image.IsPublic) http.Response.Headers.Vary = HeaderNames.Cookie;
        return tag;
    }

    private static IResult NotFound() => Results.Text("No image service with this id.", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);

    /// <summary>Viewers on any site read images (CORS), and every answer names the compliance level it follows.</summary>
    private static async ValueTask<object?> Headers(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var response = context.HttpContext.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.Link = $"<{ImageServiceInfo.ProfileUri}>;rel=\"profile\"";
        return await next(context);
    }
}
