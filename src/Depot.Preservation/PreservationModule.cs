using Depot.Preservation.Replicas;
using Depot.Preservation.Formats;
using Depot.Preservation.Packages;
using Depot.Preservation.Derivatives;
using Depot.Storage.Database;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation;

/// <summary>The digital depot: ingest, replicas and fixity, formats, derivatives, PREMIS, packages and the IIIF Image API.</summary>
public static class PreservationModule
{
    /// <summary>Registers the depot's options (section <c>Depot:Preservation</c>), validated on start, and its services.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Read for the <c>Depot:Preservation</c> section.</param>
    /// <param name="runWorkers">Run the scheduled fixity audit and purge (off in tests that drive them themselves).</param>
    public static IServiceCollection AddDepotPreservation(this IServiceCollection services, IConfiguration configuration, bool runWorkers)
    {
        var options = configuration.GetSection(PreservationOptions.Section).Get<PreservationOptions>() ?? new PreservationOptions();
        Validate(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new PreservationPaths(options, sp.GetRequiredService<DepotDatabase>().Target));
        services.AddDepotReplicas(runWorkers);
        services.AddDepotFormats();
        services.AddDepotPackages();
        services.AddSingleton<Upload.UploadSessions>();
        services.AddSingleton<Browsing.FileList>();
        services.AddSingleton<Browsing.FileDetails>();
        services.AddDepotDerivatives();
        return services;
    }

    public static IEndpointRouteBuilder MapDepotPreservation(this IEndpointRouteBuilder app)
    {
        app.MapDepotImageApi();
        return app;
    }

    /// <summary>Refuses settings that would lose data or never work, with the setting's name.</summary>
    internal static void Validate(PreservationOptions options)
    {
        var problems = new List<string>();
        if (options.Replicas.Count == 1)
            problems.Add("Depot:Preservation:Replicas names one store; the depot keeps at least two independent copies.");
        foreach (var (replica, i) in options.Replicas.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(replica.Name)) problems.Add($"Depot:Preservation:Replicas:{i}:Name is empty.");
            if (replica.Kind == ReplicaStoreKind.Folder && string.IsNullOrWhiteSpace(replica.Path)) problems.Add($"Depot:Preservation:Replicas:{i}:Path is empty.");
            if (replica.Kind == ReplicaStoreKind.S3 && (string.IsNullOrWhiteSpace(replica.ServiceUrl) || string.IsNullOrWhiteSpace(replica.Bucket)))
                problems.Add($"Depot:Preservation:Replicas:{i} is an S3 store without ServiceUrl or Bucket.");
        }
        if (options.Replicas.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != options.Replicas.Count)
            problems.Add("Depot:Preservation:Replicas has two stores with the same Name.");
        if (options.MaxFileBytes <= 0) problems.Add("Depot:Preservation:MaxFileBytes must be positive.");
        if (options.DeletionGracePeriod < TimeSpan.Zero) problems.Add("Depot:Preservation:DeletionGracePeriod cannot be negative.");
        if (options.MaxCompressionRatio < 1) problems.Add("Depot:Preservation:MaxCompressionRatio must be at least 1.");
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
    }
}
