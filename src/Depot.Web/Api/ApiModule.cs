using System.Text.Json;
using System.Text.Json.Serialization;
using Depot.Web.Api.Access;
using Depot.Web.Api.Authorities;
using Depot.Web.Api.DigitalDepot;
using Depot.Web.Api.Importing;
using Depot.Web.Api.Exports;
using Depot.Web.Api.Inventories;
using Depot.Web.Api.Locations;
using Depot.Web.Api.Movements;
using Depot.Web.Api.Objects;
using Depot.Web.Api.Organisations;
using Depot.Web.Api.Packages;
using Depot.Web.Api.Procedures;
using Depot.Web.Api.Session;
using Depot.Web.Api.Sets;
using Depot.Web.Api.Sources;
using Depot.Web.Api.Tokens;

namespace Depot.Web.Api;

/// <summary>The HTTP API under /api/v1/.</summary>
public static class ApiModule
{
    public static IServiceCollection AddDepotApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Unreadable JSON and bad route or query values become exceptions, so the Problem Details
        // module answers them in the caller's language instead of a bare 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<OrganisationFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapDepotApi(this IEndpointRouteBuilder app)
    {
        // Anti-forgery: browsers call this API with the same cookie as the web UI, but no endpoint
        // here can be reached by a cross-site HTML form. Bodies are bound as JSON only (any other
        // content type is refused with 415, and a form cannot send application/json); DELETE and PUT
        // are not form methods; the body-less POSTs (undelete, restore) require an If-Match header,
        // which a form cannot set and which makes a cross-site fetch need a CORS preflight that this
        // server never grants. The cookie is also SameSite=Lax. Razor Pages forms keep anti-forgery.
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapSession();
        ListOrganisations.Map(api);

        // The first lock: every route under an organisation passes OrganisationFilter, which
        // answers 404 when the caller may not read it and 403 when it may read but not write.
        var org = api.MapGroup("/organisations/{org}")
            .AddEndpointFilter<OrganisationFilter>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        GetOrganisation.Map(org);
        org.MapObjects();
        org.MapAuthorities();
        org.MapLocations();
        org.MapProcedures();
        org.MapMovements();
        org.MapInventories();
        org.MapTokens();
        org.MapSets();
        org.MapBatchEdits();
        org.MapImports();
        org.MapExports();
        org.MapPremis();
        org.MapDepotFiles();
        org.MapSources();
        return app;
    }
}
