using Depot.Interchange.Exporting;
using Depot.Storage.Jobs;
using Depot.Storage.Search;

namespace Depot.Web.Exports;

/// <summary>Exports of objects (CSV, XLSX, LIDO): the exporter, the files large exports leave behind, and the job that writes them.</summary>
public static class ExportsModule
{
    public static IServiceCollection AddDepotExports(this IServiceCollection services)
    {
        services.AddSingleton<ObjectIdPages>();
        services.AddSingleton<ObjectSources>();
        services.AddSingleton<ObjectExport>();
        services.AddSingleton<ExportFiles>();
        services.AddSingleton<ExportJobs>();
        services.AddSingleton<IJobHandler, ExportObjectsHandler>();
        return services;
    }
}
