using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Depot.Web.Tests.Api;

/// <summary>
/// Walks every endpoint the app maps under an organisation and proves that nobody from
/// organisation A reaches organisation B's records through it. Endpoints are discovered from the
/// app itself, so a new endpoint that forgets the organisation check makes this test fail.
/// </summary>
public sealed class TenantIsolationTests
{
    /// <summary>5 record types × (read, list, create, change, delete, undelete, history, version, restore), schemes, tokens, the organisation.</summary>
    private const int MinimumOrganisationEndpoints = 51;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Every_organisation_endpoint_refuses_callers_from_another_organisation(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var world = await IsolationWorld.CreateAsync(app, Ct);
        var routes = DiscoverOrganisationRoutes(app);
        Assert.True(routes.Count >= MinimumOrganisationEndpoints,
            $"Discovered only {routes.Count} organisation endpoints: {string.Join(", ", routes)}");

        var userOfA = await app.SignInWithRoleAsync(world.A, OrganisationRole.OrganisationAdmin, Ct);
        var tokenOfA = app.TokenClient((await app.CreateTokenAsync(world.A, OrganisationRole.OrganisationAdmin, Ct)).Secret);

        foreach (var (caller, client) in new[] { ("user of A", userOfA), ("token of A", tokenOfA) })
        {
            foreach (var route in routes)
            {
                // B's organisation in the route: refused at the first lock.
                var reply = await world.SendAsync(client, route, world.B, Ct);
                world.AssertRefused(route, reply, $"{caller}: {route} on B");

                // A's own organisation in the route with B's record ids: refused by the stores' organisation scoping.
                if (world.HasRecordFor(route))
                    world.AssertRefused(route, await world.SendAsync(client, route, world.A, Ct), $"{caller}: {route} on A with B's ids", notFoundOnly: true);
            }
        }
        await world.AssertBUnchangedAsync(app, Ct);
    }

    [Fact]
    public async Task Search_totals_and_facets_never_count_another_organisations_objects()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        var ownIds = new List<long>();
        for (var i = 1; i <= 2; i++) ownIds.Add((await app.CreateObjectAsync(a, $"A.{i}", "Schilderij met molen", Ct)).Id);
        for (var i = 1; i <= 3; i++) await app.CreateObjectAsync(b, $"B.{i}", "Schilderij met molen", Ct, PublicationStatus.Public);
        var client = await app.SignInWithRoleAsync(a, OrganisationRole.Viewer, Ct);

        foreach (var url in new[] { $"{a.Api}/objects", $"{a.Api}/objects?q=schilderij", $"{a.Api}/objects?publication=public" })
        {
            var list = await (await client.GetAsync(url, Ct)).JsonAsync(HttpStatusCode.OK);
            var expected = url.Contains("public", StringComparison.Ordinal) ? 0 : 2;
            Assert.Equal(expected, list.GetProperty("total").GetInt64());
            Assert.All(list.GetProperty("items").EnumerateArray(), item => Assert.Contains(item.GetProperty("id").GetInt64(), ownIds));
            // A facet is counted without its own filter (so its other values stay choosable):
            // the publication facet always counts A's two objects, never B's three public ones.
            var publication = list.GetProperty("facets").GetProperty("publication");
            Assert.Equal(2, publication.EnumerateArray().Sum(v => v.GetProperty("count").GetInt64()));
        }
    }

    private static List<OrganisationRoute> DiscoverOrganisationRoutes(DepotApp app) =>
        app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "org"))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST", "PUT", "PATCH", "DELETE"])
                .Select(method => new OrganisationRoute(method, e.RoutePattern)))
            .ToList();
}

public sealed record OrganisationRoute(string Method, RoutePattern Pattern)
{
    public bool IsApi => Pattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true;

    public override string ToString() => $"{Method} {Pattern.RawText}";
}
