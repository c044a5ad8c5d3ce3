using Depot.Preservation.Characterisation;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Formats;

/// <summary>Format identification (PRONOM) and embedded-metadata reading.</summary>
internal static class FormatsModule
{
    /// <summary>One identifier for the process: the signature files load once, on first use.</summary>
    public static IServiceCollection AddDepotFormats(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SignatureSource(sp.GetRequiredService<PreservationOptions>(), sp.GetRequiredService<PreservationPaths>()));
        services.AddSingleton<IFormatIdentifier, PronomIdentifier>();
        services.AddSingleton<IEmbeddedMetadataReader, EmbeddedMetadataReader>();
        return services;
    }
}
