namespace Depot.Web.Api;

/// <summary>The HTTP API under /api/v1/.</summary>
public static class ApiModule
{
    public static IServiceCollection AddDepotApi(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDepotApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1");
        return app;
    }
}
