using Depot.Preservation.IiifImage;
using Depot.Storage.Images;
using Depot.Storage.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Derivatives;

/// <summary>Derivatives (the background job, scheduling, object images as depot files) and the IIIF Image API over them.</summary>
public static class DerivativesModule
{
    public static IServiceCollection AddDepotDerivatives(this IServiceCollection services)
    {
        services.AddSingleton<DerivativeScheduler>();
        services.AddSingleton<DerivativeStatus>();
        // The job worker runs one job at a time per process, which bounds libvips' memory to one image's strips.
        services.AddSingleton<IJobHandler, DerivativesHandler>();
        services.AddSingleton<IJobGiveUp, DerivativesGiveUp>();
        services.AddSingleton<ObjectImageIntake>();
        services.AddSingleton<IDepotImageContent, DepotImageContent>();
        services.AddSingleton<ImageAccess>();
        return services;
    }

    public static IEndpointRouteBuilder MapDepotImageApi(this IEndpointRouteBuilder app) => app.MapIiifImageApi();
}
