using System.CommandLine;
using Depot.Web.Demo;
using Depot.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Commands;

/// <summary><c>depot demo</c>: seeds the demo organisation, accounts and objects into the database.</summary>
internal static class DemoCommand
{
    public static Command Create(CliGlobals globals)
    {
        var objects = new Option<int>("--objects") { Description = "How many demo objects", DefaultValueFactory = _ => DemoSeeder.DefaultObjectCount };
        var command = new Command("demo", "Seed demo data (idempotent)") { objects };
        return globals.Handle(command, async (cli, ct) =>
        {
            var count = cli.Value(objects);
            if (count < 0) throw new CliError("--objects kan niet negatief zijn.", "--objects cannot be negative.", CliGlobals.InvalidInput);
            await cli.DatabaseAsync(ct);
            var options = new DepotHostOptions { Database = cli.Target, Demo = true };
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(options)
                .AddDepotStorage(cli.Target)
                .BuildServiceProvider();
            await DemoSeeder.SeedAsync(services, count, ct);
            cli.Say($"Demodata staat klaar in organisatie '{DemoAccounts.OrganisationSlug}'. Wachtwoord van de demo-accounts: {DemoAccounts.Password}",
                $"Demo data is ready in organisation '{DemoAccounts.OrganisationSlug}'. Demo accounts' password: {DemoAccounts.Password}");
            return 0;
        });
    }
}
