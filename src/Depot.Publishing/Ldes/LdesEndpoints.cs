using System.Globalization;
using Depot.Publishing.Caching;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.Ldes;

/// <summary>
/// Linked Data Event Streams (docs/ldes.md): <c>/ldes/sector</c> (every organisation) and
/// <c>/ldes/{slug}</c> (one organisation), each its own view linking its time-fragment pages
/// <c>/ldes/{stream}/pages/{after}</c>, and every member on its own at <c>/ldes/members/{sequence}</c>.
/// </summary>
internal static class LdesEndpoints
{
    public static IEndpointRouteBuilder MapLdes(this IEndpointRouteBuilder app)
    {
        var ldes = app.MapGroup("/ldes").RequireRateLimiting(PublicPolicies.RateLimit);
        ldes.MapGet("/members/{sequence:long}", MemberAsync)
            .CacheOutput(ImmutableOnlyCachePolicy.Instance)
            .WithName("LdesMember").WithSummary("One LDES member: a version of a public object, or its withdrawal.");
        ldes.MapGet("/{stream}", StreamAsync)
            .WithName("LdesStream").WithSummary("The event stream of an organisation (by slug) or of the sector, with its view.");
        ldes.MapGet("/{stream}/pages/{after:long}", PageAsync)
            .CacheOutput(ImmutableOnlyCachePolicy.Instance)
            .WithName("LdesPage").WithSummary("A time fragment of a stream: the members after a feed position, linked to the next page.");
        return app;
    }

    private static async Task<IResult> StreamAsync(string stream, HttpContext http, DepotDatabase database, PublicationProjector projector,
        LdesPageIndex index, PublicUris uris, PublishingOptions options, CancellationToken ct)
    {
        if (await LdesStreams.FindAsync(database, stream, ct) is not { } found) return Results.NotFound();
        await projector.CatchUpAsync(ct);
        var pages = await index.PagesAsync(found, ct);
        var last = pages.Count > 0 ? pages[^1].LastSequence : 0;
        var etag = string.Create(CultureInfo.InvariantCulture, $"{found.Name}-view-{pages.Count}-{last}-{DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60}");
        await LdesResponse.WriteAsync(http, LdesDocuments.View(found, pages, uris, options), etag, LdesResponse.Open);
        return Results.Empty;
    }

    private static async Task<IResult> PageAsync(string stream, long after, HttpContext http, DepotDatabase database,
        PublicationProjector projector, PublicationStore store, LdesPageIndex index, PublicUris uris, CancellationToken ct)
    {
        if (after < 0 || await LdesStreams.FindAsync(database, stream, ct) is not { } found) return Results.NotFound();
        await projector.CatchUpAsync(ct);
        // A keyset read from the page's key; a page with the page size in members is full and never changes.
        var members = await store.EventsAsync(found.OrganisationId, after, index.PageSize, ct);
        var full = members.Count == index.PageSize;
        var last = members.Count > 0 ? members[^1].Event.Sequence : after;
        var etag = string.Create(CultureInfo.InvariantCulture, $"{found.Name}-{after}-{last}");
        await LdesResponse.WriteAsync(http, LdesDocuments.Page(found, after, members, uris), etag,
            full ? LdesResponse.Immutable : LdesResponse.Open);
        return Results.Empty;
    }

    private static async Task<IResult> MemberAsync(long sequence, HttpContext http, PublicationProjector projector, PublicationStore store,
        PublicUris uris, CancellationToken ct)
    {
        if (sequence <= 0) return Results.NotFound();
        await projector.CatchUpAsync(ct);
        var found = await store.EventsAsync(null, sequence - 1, 1, ct);
        if (found.Count == 0 || found[0].Event.Sequence != sequence) return Results.NotFound();
        await LdesResponse.WriteAsync(http, LdesMembers.Parts(found[0], uris), "member-" + sequence.ToString(CultureInfo.InvariantCulture), LdesResponse.Immutable);
        return Results.Empty;
    }
}
