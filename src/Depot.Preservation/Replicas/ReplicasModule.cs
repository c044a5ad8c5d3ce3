using Depot.Preservation.Characterisation;
using Depot.Preservation.Files;
using Depot.Preservation.Fixity;
using Depot.Preservation.Formats;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Replicas;

/// <summary>Replica stores, ingest, fixity audit, deletion and purge.</summary>
internal static class ReplicasModule
{
    public static IServiceCollection AddDepotReplicas(this IServiceCollection services, bool runWorkers)
    {
        services.AddSingleton<ReplicaSet>();
        services.AddSingleton<IContentReader, ContentReader>();
        services.AddSingleton<UploadFolder>();
        // A factory: the format identifier and metadata reader come from their own registrations, and
        // the host should start (and fail only on first ingest) while one of them is not there yet.
        services.AddSingleton<IFileIngest>(sp => new FileIngest(sp.GetRequiredService<DepotDatabase>(), sp.GetRequiredService<ReplicaSet>(),
            sp.GetRequiredService<PreservationPaths>(), sp.GetRequiredService<PreservationOptions>(), sp.GetRequiredService<IFormatIdentifier>(),
            sp.GetRequiredService<IEmbeddedMetadataReader>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Hashing.Md5Backfill>();
        services.AddSingleton<IJobHandler, Hashing.Md5Handler>();
        services.AddSingleton<FixityAuditor>();
        services.AddSingleton<IJobHandler, FixityAuditHandler>();
        services.AddSingleton<FixityDashboard>();
        services.AddSingleton<FileDeletion>();
        services.AddSingleton<UploadExpiry>();
        services.AddSingleton<Purge>();
        services.AddSingleton<IJobHandler, PurgeHandler>();
        if (runWorkers)
        {
            services.AddHostedService<FixityScheduler>();
            services.AddHostedService<PurgeScheduler>();
        }
        return services;
    }
}
