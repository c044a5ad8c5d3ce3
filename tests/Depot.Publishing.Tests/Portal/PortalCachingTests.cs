using System.Net;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Portal;

public sealed class PortalCachingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Public_page_has_a_strong_etag_and_answers_304_until_the_feed_moves()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);
        var path = $"doc/object/{world.Candlestick.Id}";

        using var first = await depot.Http.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        foreach (var attempt in new[] { "miss or hit", "served from the output cache" })
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await depot.Http.SendAsync(again, Ct);
            Assert.True(HttpStatusCode.NotModified == notModified.StatusCode, attempt);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Ct));
        }

        var candlestick = world.Candlestick;
        candlestick.Titles = [new Title("Kandelaar met drie leeuwenpoten")];
        await depot.UpdateAsync(world.Museum, candlestick, Ct);
        await depot.CatchUpAsync(Ct);

        using var changed = new HttpRequestMessage(HttpMethod.Get, path);
        changed.Headers.IfNoneMatch.Add(etag);
        using var fresh = await depot.Http.SendAsync(changed, Ct);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
        Assert.Contains("Kandelaar met drie leeuwenpoten", await fresh.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_answer_429_with_retry_after()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:RateLimitPermits=3", "Depot:Publishing:RateLimitWindow=00:01:00");
        await PortalWorld.ArrangeAsync(depot, Ct);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await depot.Http.GetAsync("collectie", Ct);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await depot.Http.GetAsync("collectie?q=kandelaar", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        // The signed-in workplace is not a public route: it is not limited.
        using var workplace = await depot.Http.GetAsync("aanmelden", Ct);
        Assert.Equal(HttpStatusCode.OK, workplace.StatusCode);
    }
}
