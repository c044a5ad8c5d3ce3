using Depot.Network.Harvesting;
using Depot.Network.Oai;
using Depot.Storage.Importing.Mappings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Depot.Network.Files;

internal static class FileHarvestersModule
{
    /// <summary>The OAI-PMH and file-at-a-URL harvesters (the harvest job picks one by the source's kind).</summary>
    public static IServiceCollection AddOaiAndFileHarvesters(this IServiceCollection services)
    {
        services.AddSingleton<IHarvester, OaiHarvester>();
        services.AddSingleton<IHarvester, FileHarvester>();
        // A CSV file is read with the organisation's saved mapping; the web host registers the store too, the CLI does not.
        services.TryAddSingleton<ImportMappingStore>();
        return services;
    }
}
