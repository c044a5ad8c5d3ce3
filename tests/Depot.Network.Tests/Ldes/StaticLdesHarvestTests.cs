using System.Collections.Concurrent;
using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Network.Ldes;
using Depot.Network.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Depot.Network.Tests.Ldes;

/// <summary>A static LDES of Turtle pages over real HTTP: pages 0 and 1 full (immutable), page 2 open.</summary>
public sealed class StaticLdesHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Fixture
    {
        public volatile string Fault = "";
        public readonly List<int> OpenPage = [6, 7, 8];
        public readonly ConcurrentDictionary<string, int> Requests = new();
    }

    private static Task<StaticServer> ServeAsync(Fixture f) => StaticServer.StartAsync(app =>
    {
        app.MapGet("/ldes/s", (HttpContext c) =>
        {
            f.Requests.AddOrUpdate(c.Request.Path, 1, (_, n) => n + 1);
            c.Response.Headers.CacheControl = "public, max-age=5";
            return Results.Text(StaticLdes.View(BaseOf(c), 3), "text/turtle");
        });
        app.MapGet("/ldes/s/pages/{i:int}", (int i, HttpContext c) =>
        {
            f.Requests.AddOrUpdate(c.Request.Path, 1, (_, n) => n + 1);
            if (i == 1 && f.Fault == "500") return Results.StatusCode(500);
            if (i == 1 && f.Fault == "turtle") return Results.Text(StaticLdes.Prefixes + "<a> <b> \"niet afgesloten .", "text/turtle");
            c.Response.Headers.CacheControl = i < 2 ? "public, max-age=31536000, immutable" : "public, max-age=5";
            var members = i < 2 ? Enumerable.Range(i * 3, 3) : [.. f.OpenPage];
            return Results.Text(StaticLdes.Page(BaseOf(c), members), "text/turtle");
        });
    });

    private static string BaseOf(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}/";

    private static LdesHarvester Harvester() =>
        new(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"], RequestTimeout = TimeSpan.FromSeconds(10) }));

    [Theory]
    [InlineData("turtle")]
    [InlineData("500")]
    public async Task A_broken_page_stops_the_harvest_and_the_next_run_resumes_without_duplicates(string fault)
    {
        var fixture = new Fixture { Fault = fault };
        await using var server = await ServeAsync(fixture);
        var source = new HarvestSource { Id = 1, OrganisationId = 7, Kind = HarvestSourceKind.Ldes, Url = server.Url("ldes/s") };
        var sink = new TestHarvestSink();

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() => Harvester().HarvestAsync(source, sink, new TestProgress(), Ct));
        Assert.Equal(server.Url("ldes/s/pages/1"), failed.Url);
        Assert.Contains(fault == "500" ? "HTTP 500" : "malformed Turtle", failed.En, StringComparison.Ordinal);
        // Everything before the broken page is kept, with the state that says so.
        Assert.Equal(["OBJ.0", "OBJ.1", "OBJ.2"], sink.Records.Values.Select(r => r.Record.Object.ObjectNumber).Order());

        fixture.Fault = "";
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal(9, sink.Records.Count);
        Assert.Equal(sink.Versions.Distinct().Count(), sink.Versions.Count);
        Assert.Equal(1, fixture.Requests["/ldes/s/pages/0"]); // immutable and done: never fetched again
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 8, 0, TimeSpan.Zero), source.SourceUpToAt);
    }

    [Fact]
    public async Task A_mutable_page_hands_on_only_its_new_members_and_immutable_pages_are_not_fetched_again()
    {
        var fixture = new Fixture();
        await using var server = await ServeAsync(fixture);
        var source = new HarvestSource { Id = 1, OrganisationId = 7, Kind = HarvestSourceKind.Ldes, Url = server.Url("ldes/s") };
        var sink = new TestHarvestSink();
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal(9, sink.Versions.Count);

        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal(9, sink.Versions.Count); // nothing new: nothing handed on

        fixture.OpenPage.Add(1006); // a new version of object 6
        sink.ResetCounts();
        await Harvester().HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal([server.Url("ldes/members/1006")], sink.Versions.Skip(9));
        Assert.Equal((0, 1, 0), (sink.Added, sink.Updated, sink.Deleted));
        Assert.Equal(1, fixture.Requests["/ldes/s/pages/0"]);
        Assert.Equal(1, fixture.Requests["/ldes/s/pages/1"]);
        Assert.Equal(3, fixture.Requests["/ldes/s/pages/2"]);
    }
}
