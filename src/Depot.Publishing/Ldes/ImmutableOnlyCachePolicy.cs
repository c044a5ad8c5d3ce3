using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Depot.Publishing.Ldes;

/// <summary>
/// Output-caches a response only when it is immutable (a full page): the open page and the
/// stream's newest members must never be served from a cache that the feed has moved past.
/// </summary>
internal sealed class ImmutableOnlyCachePolicy : IOutputCachePolicy
{
    public static readonly ImmutableOnlyCachePolicy Instance = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        context.CacheVaryByRules.HeaderNames = "Accept";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !response.Headers.CacheControl.ToString().Contains("immutable", StringComparison.Ordinal))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
