using System.CommandLine;
using Depot.Storage.Database;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary><c>depot migrate</c>: shows and applies the pending schema migrations.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliGlobals globals)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list the pending migrations" };
        var command = new Command("migrate", "Bring the database schema up to date") { dryRun };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = new DepotDatabase(cli.Target);
            var pending = await database.PendingMigrationsAsync(ct);
            cli.Say($"Databank: {cli.Target}", $"Database: {cli.Target}");
            if (pending.Count == 0)
            {
                cli.Say("Geen migraties te doen: het schema is bijgewerkt.", "No pending migrations: the schema is up to date.");
                if (!cli.Value(dryRun)) await database.MigrateAsync(ct); // Still sets WAL on a new SQLite file.
                return 0;
            }
            cli.Say($"{pending.Count} migraties te doen:", $"{pending.Count} pending migrations:");
            foreach (var name in pending) cli.Out.WriteLine("  " + name);
            if (cli.Value(dryRun)) return 0;
            await database.MigrateAsync(ct);
            cli.Say($"{pending.Count} migraties toegepast.", $"Applied {pending.Count} migrations.");
            return 0;
        });
    }
}
