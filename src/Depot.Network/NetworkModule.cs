using Depot.Network.Harvesting;
using Depot.Network.Files;
using Depot.Network.Http;
using Depot.Network.Sources;
using Depot.Network.Ldes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Network;

/// <summary>The network: registered external sources, their harvests (LDES, OAI-PMH, files), schedule and health.</summary>
public static class NetworkModule
{
    /// <summary>Registers the network's options (section <c>Depot:Network</c>), validated on start, and its services.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Read for the <c>Depot:Network</c> section.</param>
    /// <param name="runWorkers">Run the harvest scheduler (off in tests that start harvests themselves).</param>
    public static IServiceCollection AddDepotNetwork(this IServiceCollection services, IConfiguration configuration, bool runWorkers)
    {
        var options = configuration.GetSection(NetworkOptions.Section).Get<NetworkOptions>() ?? new NetworkOptions();
        Validate(options);
        services.AddSingleton(options);
        services.AddSingleton<HarvestHttp>();
        services.AddDepotSources(runWorkers);
        services.AddSingleton<IHarvestSink, HarvestSink>();
        services.AddSingleton<IHarvester, LdesHarvester>();
        services.AddOaiAndFileHarvesters();
        return services;
    }

    public static IEndpointRouteBuilder MapDepotNetwork(this IEndpointRouteBuilder app) => app;

    /// <summary>Refuses settings that would never work, with the setting's name.</summary>
    internal static void Validate(NetworkOptions options)
    {
        var problems = new List<string>();
        if (options.MaxResponseBytes <= 0) problems.Add("Depot:Network:MaxResponseBytes must be positive.");
        if (options.RequestTimeout <= TimeSpan.Zero) problems.Add("Depot:Network:RequestTimeout must be positive.");
        if (options.MaxRedirects < 0) problems.Add("Depot:Network:MaxRedirects cannot be negative.");
        if (options.RetryBase <= TimeSpan.Zero || options.RetryMaximum < options.RetryBase)
            problems.Add("Depot:Network:RetryBase must be positive and RetryMaximum at least RetryBase.");
        if (options.FailuresBeforeFlag < 1) problems.Add("Depot:Network:FailuresBeforeFlag must be at least 1.");
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
    }
}
