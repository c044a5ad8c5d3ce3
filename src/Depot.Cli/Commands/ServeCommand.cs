using System.CommandLine;
using Depot.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Depot.Cli.Commands;

/// <summary><c>depot serve</c>: runs the web application (and the job worker) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliGlobals globals)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://localhost:5080" };
        var demo = new Option<bool>("--demo") { Description = "Seed a demo organisation with objects and demo accounts" };
        var noMigrate = new Option<bool>("--no-migrate") { Description = "Do not apply pending migrations on start" };
        var noJobs = new Option<bool>("--no-jobs") { Description = "Do not run background jobs in this process" };
        var command = new Command("serve", "Run the Depot web application") { urls, demo, noMigrate, noJobs };
        return globals.Handle(command, async (cli, ct) =>
        {
            var options = new DepotHostOptions
            {
                Database = cli.Target,
                Urls = cli.Value(urls),
                Demo = cli.Value(demo),
                MigrateOnStart = !cli.Value(noMigrate),
                RunJobs = !cli.Value(noJobs),
            };
            cli.Say($"Depot luistert op {options.Urls} ({options.Database}). Ctrl+C stopt.",
                $"Depot listening on {options.Urls} ({options.Database}). Ctrl+C stops.");
            await using var app = DepotWebApp.Create([], options);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
    }
}
