using System.Text.Json;
using System.Text.Json.Nodes;
using Depot.Publishing.Caching;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.Iiif;

/// <summary>
/// IIIF Presentation 3.0 (<c>/iiif/…</c>): a manifest per public object with images, a collection
/// per organisation (paged when large) and one of all organisations; and the image bytes
/// (<c>/media/{id}</c>). All built from the public feed only, open to any origin (CORS).
/// </summary>
internal static class IiifEndpoints
{
    /// <summary>Manifests per collection page (setting <c>Depot:Publishing:IiifPageSize</c>).</summary>
    public const int DefaultPageSize = 1000;

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static IEndpointRouteBuilder MapIiif(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var pageSize = Math.Max(1, services.GetService<IConfiguration>()?.GetValue<int?>("Depot:Publishing:IiifPageSize") ?? DefaultPageSize);
        var iiif = app.MapGroup("").AddEndpointFilter(AllowAnyOrigin).WithTags("IIIF");

        iiif.MapGet("/iiif/object/{id:long}/manifest", async (long id, PublicUris uris, PublicationProjector projector, PublicationStore store, CancellationToken ct) =>
        {
            await projector.CatchUpAsync(ct);
            var state = await store.FindObjectAsync(id, ct);
            if (state is null) return Problem(404, "Dit object is niet openbaar of heeft geen afbeeldingen.", "This object is not public or has no images.");
            if (state.Current is null) return Problem(410, "Dit object is niet langer openbaar.", "This object is no longer public.");
            if (state.Current.Images.Count == 0) return Problem(404, "Dit object heeft geen openbare afbeeldingen.", "This object has no public images.");
            return Json(new ManifestBuilder(uris).Build(state.Current));
        }).WithName("IiifManifest").WithSummary("IIIF Presentation 3.0 manifest of a public object with images").PublicRoute();

        iiif.MapGet("/iiif/collection", async (PublicUris uris, PublicationProjector projector, DepotDatabase database, PublicationStore store, CancellationToken ct) =>
        {
            await projector.CatchUpAsync(ct);
            var organisations = await new IiifCatalogue(database, store).OrganisationsAsync(ct);
            return Json(Collections(uris).Sector(organisations));
        }).WithName("IiifSectorCollection").WithSummary("IIIF collection of every organisation's collection").PublicRoute();

        iiif.MapGet("/iiif/collection/{slug}", async (string slug, PublicUris uris, PublicationProjector projector, DepotDatabase database,
            PublicationStore store, CancellationToken ct) =>
        {
            await projector.CatchUpAsync(ct);
            var catalogue = new IiifCatalogue(database, store);
            if (await catalogue.OrganisationAsync(slug, ct) is not { } found) return NoCollection();
            var (org, name) = found;
            var total = await catalogue.CountAsync(org, ct);
            var first = total <= pageSize ? await catalogue.PageAsync(org, 0, pageSize, ct) : null;
            return Json(Collections(uris).Organisation(slug, name, total, pageSize, first));
        }).WithName("IiifOrganisationCollection").WithSummary("IIIF collection of an organisation's public manifests").PublicRoute();

        iiif.MapGet("/iiif/collection/{slug}/{page:int}", async (string slug, int page, PublicUris uris, PublicationProjector projector,
            DepotDatabase database, PublicationStore store, CancellationToken ct) =>
        {
            await projector.CatchUpAsync(ct);
            var catalogue = new IiifCatalogue(database, store);
            if (await catalogue.OrganisationAsync(slug, ct) is not { } found) return NoCollection();
            var (org, name) = found;
            var pages = (await catalogue.CountAsync(org, ct) + pageSize - 1) / pageSize;
            if (page < 1 || page > pages) return NoCollection();
            var objects = await catalogue.PageAsync(org, (page - 1) * pageSize, pageSize, ct);
            return Json(Collections(uris).Page(slug, name, page, pages, objects));
        }).WithName("IiifOrganisationCollectionPage").WithSummary("One page of an organisation's IIIF collection").PublicRoute();

        iiif.MapMedia();
        return app;
    }

    private static CollectionBuilder Collections(PublicUris uris) => new(uris, new ManifestBuilder(uris));

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(Compact), IiifJson.MediaType);

    private static IResult NoCollection() => Problem(404, "Deze organisatie heeft geen openbare collectie met afbeeldingen.", "This organisation has no public collection with images.");

    internal static IResult Problem(int status, string nl, string en) =>
        Results.Problem(statusCode: status, title: nl, detail: en);

    /// <summary>IIIF viewers on other sites read manifests and images: every answer is open to any origin.</summary>
    private static async ValueTask<object?> AllowAnyOrigin(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
        return await next(context);
    }
}
