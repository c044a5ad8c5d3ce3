using Depot.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Commands.Ingest;

/// <summary>
/// The depot's services as the server builds them (same <c>Depot:Preservation</c> settings from
/// <c>appsettings.json</c> and <c>Depot__Preservation__…</c> variables), so the CLI writes the same
/// replicas the server reads.
/// </summary>
internal static class IngestServices
{
    public static ServiceProvider Build(DepotDatabase database, CliConsole console)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddDepotPreservation(configuration, runWorkers: false);
        console.ServiceOverrides?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static IFileIngest Ingest(IServiceProvider services) =>
        services.GetService<IFileIngest>()
        ?? throw new CliError("Het digitaal depot kan in deze versie nog geen bestanden opnemen.", "The digital depot cannot ingest files in this build.");
}
