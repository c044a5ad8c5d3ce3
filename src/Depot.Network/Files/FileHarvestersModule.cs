using Depot.Network.Harvesting;
using Depot.Network.Oai;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Network.Files;

internal static class FileHarvestersModule
{
    /// <summary>The OAI-PMH and file-at-a-URL harvesters (the harvest job picks one by the source's kind).</summary>
    public static IServiceCollection AddOaiAndFileHarvesters(this IServiceCollection services)
    {
        services.AddSingleton<IHarvester, OaiHarvester>();
        services.AddSingleton<IHarvester, FileHarvester>();
        return services;
    }
}
