using System.CommandLine;
using Depot.Storage.Backup;
using Depot.Storage.Database;

namespace Depot.Cli.Commands;

/// <summary><c>depot restore FILE</c>: brings a backup made by <c>depot backup</c> back as the database.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliGlobals globals)
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup made by `depot backup`" };
        var force = new Option<bool>("--force") { Description = "Overwrite the existing database (stop `depot serve` first)" };
        var command = new Command("restore", "Restore the SQLite database from a backup") { file, force };
        return globals.Handle(command, async (cli, ct) =>
        {
            if (cli.Target.Engine == DatabaseEngine.Postgres)
                throw new CliError("Een PostgreSQL-databank zet je terug met pg_restore (zie README.md, 'Back-ups').",
                    "Restore a PostgreSQL database with pg_restore (see README.md, 'Backups').");
            var backup = cli.Value(file);
            var check = await SqliteBackup.VerifyAsync(backup.FullName, ct);
            if (!check.IsDepotDatabase)
                throw new CliError($"{backup.FullName} is geen bruikbare Depot-back-up: {check.Problem}.",
                    $"{backup.FullName} is not a usable Depot backup: {check.Problem}.");
            var target = cli.Target.SqliteFile!;
            if (File.Exists(target) && !cli.Value(force))
                throw new CliError($"De databank {target} bestaat al. Voeg --force toe om ze te overschrijven (stop eerst `depot serve`).",
                    $"The database {target} already exists. Add --force to overwrite it (stop `depot serve` first).");
            await SqliteBackup.RestoreAsync(backup.FullName, cli.Target, ct);
            cli.Say($"Databank {target} teruggezet uit {backup.FullName}.", $"Database {target} restored from {backup.FullName}.");
            cli.Out.Write(BackupCommand.Tables(check, cli));
            return 0;
        });
    }
}
