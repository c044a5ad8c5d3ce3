using Depot.Storage.Database;
using Depot.Storage.Images;
using Microsoft.Extensions.Options;

namespace Depot.Web.Images;

/// <summary>Object images: the media folder and its limits (section <c>Depot:Media</c>), the store and the upload receiver.</summary>
public static class ImagesModule
{
    public static IServiceCollection AddDepotImages(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => o.MaxImageBytes > 0, "Depot:Media:MaxImageBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new MediaFiles(sp.GetRequiredService<IOptions<MediaOptions>>().Value, sp.GetRequiredService<DepotDatabase>().Target));
        services.AddSingleton<ObjectImageStore>();
        services.AddSingleton<ImageUploadReceiver>();
        services.AddSingleton<Depot.Preservation.IiifImage.IOrganisationReadCheck, OrganisationReadCheck>();
        return services;
    }
}
