using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.Caching;

/// <summary>
/// What every public route shares: a rate limit per client (429 with Retry-After when exceeded)
/// and the output cache. Public routes opt in with <see cref="PublicRoute"/>; signed-in pages never do.
/// </summary>
public static class PublicPolicies
{
    public const string RateLimit = "public";
    public const string Cache = "public";

    /// <summary>Output-cache tag of everything rendered from the public feed, evicted when the feed moves.</summary>
    public const string FeedTag = "public-feed";

    public static IServiceCollection AddPublicPolicies(this IServiceCollection services, PublishingOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 }));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        services.AddOutputCache(cache =>
            cache.AddPolicy(Cache, policy => policy
                .Expire(TimeSpan.FromMinutes(5))
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept", "Accept-Language")
                .Tag(FeedTag)));
        return services;
    }

    /// <summary>The middleware, after routing: limits first, so a rejected client costs no rendering.</summary>
    public static WebApplication UsePublicPolicies(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    /// <summary>Marks a public route: rate-limited per client and output-cached.</summary>
    public static TBuilder PublicRoute<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(RateLimit).CacheOutput(Cache);
}
