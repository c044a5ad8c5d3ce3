using Depot.Preservation.Premis;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Packages;

/// <summary>PREMIS export, BagIt and E-ARK packages: their readers, writers and background jobs.</summary>
internal static class PackagesModule
{
    public static IServiceCollection AddDepotPackages(this IServiceCollection services)
    {
        services.AddSingleton<PremisFiles>();
        services.AddSingleton<PackageExport>();
        services.AddSingleton<BagImport>();
        services.AddSingleton<PackageJobs>();
        services.AddSingleton<IJobHandler, PackageExportHandler>();
        services.AddSingleton<IJobHandler, PackageImportHandler>();
        return services;
    }
}
