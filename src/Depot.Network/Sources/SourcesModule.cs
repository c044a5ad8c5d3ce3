using Depot.Network.Harvesting;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Network.Sources;

/// <summary>Registered sources, the harvest job and its schedule.</summary>
public static class SourcesModule
{
    public static IServiceCollection AddDepotSources(this IServiceCollection services, bool runWorkers)
    {
        services.AddSingleton<SourceStore>();
        services.AddSingleton<HarvestJobs>();
        services.AddSingleton<HarvestRunner>();
        services.AddSingleton<IJobHandler, HarvestJobHandler>();
        if (runWorkers)
            services.AddHostedService<HarvestScheduler>();
        return services;
    }
}
