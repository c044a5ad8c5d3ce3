using Depot.Interchange.Skos.Starter;
using Depot.Interchange.Skos;
using Depot.Storage.Jobs;
using Depot.Storage.Merges;

namespace Depot.Web.Thesauri;

/// <summary>SKOS import (inline or as a job), the starter thesauri, and merging duplicate authorities.</summary>
public static class ThesauriModule
{
    public static IServiceCollection AddDepotThesauri(this IServiceCollection services)
    {
        services.AddSingleton<SkosImporter>();
        services.AddSingleton<StarterThesaurus>();
        services.AddSingleton<RecordMerger>();
        services.AddSingleton<ThesaurusImports>();
        services.AddSingleton<Pages.Authorities.AuthorityUse>();
        services.AddSingleton<IJobHandler, ThesaurusImportHandler>();
        return services;
    }
}
