using Depot.Interchange.Importing;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Storage.Importing.Mappings;
using Depot.Storage.Importing;
using Depot.Storage.Jobs;
using Depot.Web.Jobs;
using Microsoft.Extensions.Options;

namespace Depot.Web.Importing;

/// <summary>Importing through the web UI and the API: uploads in the data directory, dry run and import as background jobs, saved mappings.</summary>
public static class ImportsModule
{
    public static IServiceCollection AddDepotImports(this IServiceCollection services)
    {
        services.AddOptions<ImportFileOptions>().BindConfiguration(ImportFileOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) => o.LidoSchemas = o.LidoSchemas is { Length: > 0 } set ? set : configuration["DEPOT_LIDO_SCHEMAS"] ?? "")
            .Validate(o => o.MaxUploadBytes > 0, "Depot:Imports:MaxUploadBytes must be positive.")
            .Validate(o => o.LidoSchemas.Length == 0 || File.Exists(Path.Combine(o.LidoSchemas, LidoSchemas.Version11)),
                $"Depot:Imports:LidoSchemas (DEPOT_LIDO_SCHEMAS) must be a folder holding {LidoSchemas.Version11}.")
            .ValidateOnStart();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportUploadStore>();
        services.AddSingleton<ImportMappingStore>();
        services.AddSingleton<ImportRuns>();
        // The engine and the readers: the runner reads through the same factory the mapping page previews with.
        services.AddSingleton(sp => SourceReaders.WithLidoSchemas(sp.GetRequiredService<IOptions<ImportFileOptions>>().Value.LidoSchemas));
        services.AddSingleton<IImportRunner, ImportRunner>();
        services.AddSingleton<ImportComponents>();
        services.AddSingleton<MappingPreview>();
        services.AddSingleton<UploadReceiver>();
        services.AddSingleton<IJobHandler, ImportHandler>();
        return services;
    }
}
