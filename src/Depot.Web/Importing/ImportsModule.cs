using Depot.Interchange.Csv;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;
using Depot.Storage.Importing.Mappings;
using Depot.Web.Jobs;

namespace Depot.Web.Importing;

/// <summary>Importing through the web UI and the API: uploads in the data directory, dry run and import as background jobs, saved mappings.</summary>
public static class ImportsModule
{
    public static IServiceCollection AddDepotImports(this IServiceCollection services)
    {
        services.AddOptions<ImportFileOptions>().BindConfiguration(ImportFileOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0, "Depot:Imports:MaxUploadBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportUploadStore>();
        services.AddSingleton<ImportMappingStore>();
        services.AddSingleton<ImportRuns>();
        // The engine and the readers: the runner reads through the same factory the mapping page previews with.
        services.AddSingleton<Func<SourceFormat, CsvMapping?, ISourceReader>>(SourceReaders.Create);
        services.AddSingleton<IImportRunner, ImportRunner>();
        services.AddSingleton<ImportComponents>();
        services.AddSingleton<MappingPreview>();
        services.AddSingleton<UploadReceiver>();
        services.AddSingleton<IJobHandler, ImportHandler>();
        return services;
    }
}
