using Depot.Storage.Batch;
using Depot.Storage.Jobs;
using Depot.Storage.Sets;

namespace Depot.Web.Sets;

/// <summary>Werksets, selections, saved searches and batch edits: their stores and the jobs that run batch edits.</summary>
public static class SetsModule
{
    public static IServiceCollection AddDepotSets(this IServiceCollection services)
    {
        services.AddSingleton<SetStore>();
        services.AddSingleton<SavedSearchStore>();
        services.AddSingleton<SetExport>();
        services.AddSingleton<BatchEditStore>();
        services.AddSingleton<BatchEditRunner>();
        services.AddSingleton<IJobHandler, BatchEditHandler>();
        services.AddSingleton<IJobHandler, BatchUndoHandler>();
        return services;
    }
}
