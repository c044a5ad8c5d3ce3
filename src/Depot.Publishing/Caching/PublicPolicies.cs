using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
                // Short: this process evicts on its own feed events, but events another server process
                // wrote reach this cache only by expiry. Even 30 s serves almost every hit from memory.
                .Expire(TimeSpan.FromSeconds(30))
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept")
                // Everything the page language is chosen from (the lang query is part of the query
                // already), reduced to what matters, so a cache entry per browser language is not made.
                .VaryByValue(context => new("lang", LanguageInputs(context)))
                .Tag(FeedTag)));
        services.AddHostedService<FeedCacheEviction>();
        return services;
    }

    /// <summary>The language cookie of the web UI (Depot.Web's language switch).</summary>
    public const string LanguageCookie = "depot.lang";

    private static string LanguageInputs(HttpContext context)
    {
        var cookie = context.Request.Cookies[LanguageCookie] ?? "";
        var browser = context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "";
        return (cookie.Length > 2 ? cookie[..2] : cookie) + "|" + browser;
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

    /// <summary>Drops every cached public response; the next request renders from the feed as it is now.</summary>
    public static ValueTask EvictFeedAsync(this IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(FeedTag, ct);
}

/// <summary>Evicts the cached public responses whenever the projector writes public events, whoever asked it to catch up.</summary>
internal sealed class FeedCacheEviction(PublicationProjector projector, IOutputCacheStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        projector.Published += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        projector.Published -= Evict;
        return Task.CompletedTask;
    }

    // The in-memory store evicts synchronously; waiting keeps the eviction before the catch-up's caller goes on.
    private void Evict(int events) => store.EvictFeedAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
