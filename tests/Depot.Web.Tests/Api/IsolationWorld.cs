using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Tests.Api;

/// <summary>Two organisations; B has one record of every kind whose text is a secret nobody from A may see.</summary>
public sealed class IsolationWorld
{
    private readonly string secret = "GEHEIM-B-" + Guid.NewGuid().ToString("N")[..8];
    private Dictionary<string, long> bIds = [];

    public TestOrganisation A { get; private set; } = null!;
    public TestOrganisation B { get; private set; } = null!;
    private long bObjectId;

    public static async Task<IsolationWorld> CreateAsync(DepotApp app, CancellationToken ct)
    {
        var world = new IsolationWorld();
        // B first, so B's ids are never also ids of A's records (tokens in particular).
        world.B = await app.CreateOrganisationAsync("museum-b", ct);
        world.A = await app.CreateOrganisationAsync("museum-a", ct);
        var s = world.secret;
        var o = await app.CreateObjectAsync(world.B, "B.1", s, ct);
        world.bObjectId = o.Id;
        world.bIds = new Dictionary<string, long>
        {
            ["objects"] = o.Id,
            ["agents"] = (await app.CreateAgentAsync(world.B, s, ct)).Id,
            ["places"] = (await app.CreatePlaceAsync(world.B, s, ct)).Id,
            ["concepts"] = (await app.CreateConceptAsync(world.B, s, ct)).Id,
            ["locations"] = (await app.CreateLocationAsync(world.B, s, ct)).Id,
            ["tokens"] = (await app.CreateTokenAsync(world.B, OrganisationRole.Registrar, ct)).Token.Id,
        };
        return world;
    }

    /// <summary>Calls the route with {org} = the organisation and every {id} = B's record of that kind.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, OrganisationRoute route, TestOrganisation organisation, CancellationToken ct)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), Url(route.Pattern, organisation));
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = JsonContent.Create(new
            {
                // One body that every record type binds: each ignores the others' fields.
                objectNumber = "X.1",
                name = "x",
                prefLabelNl = "x",
                schemeId = B.SchemeId,
                titleNl = "x",
                role = "registrar",
                email = "x@x",
                password = "x",
                version = 1,
            });
        var response = await client.SendAsync(request, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    public void AssertNoSecretsIn(string body, string what)
    {
        Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{what} leaked B's data: {body}");
        Assert.False(body.Contains("Museum museum-b", StringComparison.Ordinal), $"{what} leaked B's name: {body}");
    }

    public async Task AssertBUnchangedAsync(DepotApp app, CancellationToken ct)
    {
        var o = await app.Service<RecordStore>().GetAsync<CollectionObject>(B.Id, bObjectId, ct);
        Assert.Equal(1, o.Version);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.Equal(1, await db.Objects.CountAsync(x => x.OrganisationId == B.Id, ct));
        Assert.Equal(0, await db.Objects.CountAsync(x => x.OrganisationId == A.Id, ct));
        Assert.Equal(1, await db.ConceptSchemes.CountAsync(x => x.OrganisationId == B.Id, ct));
        Assert.True(await db.ApiTokens.AllAsync(t => t.OrganisationId != B.Id || t.RevokedAt == null, ct));
    }

    private string Url(RoutePattern pattern, TestOrganisation organisation)
    {
        var parts = new List<string>();
        string? previousLiteral = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { Name: "org" } => organisation.Slug,
                    RoutePatternParameterPart { Name: "id" } => bIds.TryGetValue(previousLiteral ?? "", out var id) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : throw new InvalidOperationException($"No record of B for '{previousLiteral}' in {pattern.RawText}: add one to IsolationWorld."),
                    RoutePatternParameterPart { Name: "version" } => "1",
                    RoutePatternParameterPart p => throw new InvalidOperationException($"Unknown route parameter {{{p.Name}}} in {pattern.RawText}: teach IsolationWorld a value of B for it."),
                    _ => "",
                };
            if (segment.Parts is [RoutePatternLiteralPart l]) previousLiteral = l.Content;
            parts.Add(text);
        }
        return "/" + string.Join('/', parts);
    }
}
