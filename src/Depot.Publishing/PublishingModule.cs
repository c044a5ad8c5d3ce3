using Depot.Publishing.Caching;
using Depot.Publishing.Feed;
using Depot.Publishing.Iiif;
using Depot.Publishing.Ldes;
using Depot.Publishing.LinkedData;
using Depot.Publishing.Oai;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing;

/// <summary>Open data: the public feed and every route that serves it.</summary>
public static class PublishingModule
{
    /// <summary>Registers the feed, its projector and worker, the public URIs and the public routes' limits and cache.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Read for the <c>Depot:Publishing</c> section.</param>
    /// <param name="defaultBaseUri">The base of persistent URIs when <c>Depot:Publishing:BaseUri</c> is not set (the address Depot listens on).</param>
    /// <param name="runWorker">Keep the public feed up to date in the background (off in tests that drive it themselves).</param>
    public static IServiceCollection AddDepotPublishing(this IServiceCollection services, IConfiguration configuration, Uri defaultBaseUri, bool runWorker)
    {
        var options = PublishingOptions.FromConfiguration(configuration);
        if (configuration[$"{PublishingOptions.Section}:BaseUri"] is null) options = options with { BaseUri = defaultBaseUri };
        services.AddSingleton(options);
        services.AddSingleton<PublicUris>();
        services.AddSingleton<PublicationProjector>();
        services.AddSingleton<PublicationStore>();
        services.AddSingleton<LdesPageIndex>();
        services.AddSingleton<LinkedDataStore>();
        services.AddPublicPolicies(options);
        if (runWorker) services.AddHostedService<PublicationWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapDepotPublishing(this IEndpointRouteBuilder app)
    {
        app.MapLinkedData();
        app.MapLdes();
        app.MapOai();
        app.MapIiif();
        return app;
    }
}
