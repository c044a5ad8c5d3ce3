using Depot.Network;
using Depot.Storage.Jobs;
using Depot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Commands.Sources;

/// <summary>
/// The network's services as the server builds them (same <c>Depot:Network</c> settings from <c>appsettings.json</c>
/// and <c>Depot__Network__…</c> variables — so <c>AllowedPrivateNetworks</c> guards the CLI's harvests too).
/// </summary>
internal static class NetworkServices
{
    public static async Task<ServiceProvider> BuildAsync(CliContext cli, CancellationToken ct)
    {
        await cli.DatabaseAsync(ct); // migrates SQLite, or refuses an out-of-date PostgreSQL
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDepotStorage(cli.Target);
        services.AddSingleton<JobQueue>();
        services.AddDepotNetwork(configuration, runWorkers: false);
        cli.Console.ServiceOverrides?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
