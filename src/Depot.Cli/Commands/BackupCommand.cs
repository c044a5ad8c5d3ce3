using System.CommandLine;
using Depot.Storage.Backup;
using Depot.Storage.Database;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary><c>depot backup FILE</c>: a consistent copy of the embedded database, also while <c>depot serve</c> writes to it.</summary>
internal static class BackupCommand
{
    public static Command Create(CliGlobals globals)
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the backup (must not exist yet)" };
        var command = new Command("backup", "Copy the SQLite database to a file while it is in use") { file };
        return globals.Handle(command, async (cli, ct) =>
        {
            if (cli.Target.Engine == DatabaseEngine.Postgres)
                throw new CliError(
                    "Een PostgreSQL-databank back-up je met pg_dump, bv. `pg_dump --format=custom --file=depot.dump <databank>`; terugzetten met pg_restore. Zie README.md, 'Back-ups'.",
                    "Back up a PostgreSQL database with pg_dump, e.g. `pg_dump --format=custom --file=depot.dump <database>`; restore with pg_restore. See README.md, 'Backups'.");
            var destination = cli.Value(file);
            if (destination.Exists)
                throw new CliError($"{destination.FullName} bestaat al; kies een nieuwe bestandsnaam.", $"{destination.FullName} already exists; choose a new file name.");
            if (!File.Exists(cli.Target.SqliteFile))
                throw new CliError($"De databank {cli.Target.SqliteFile} bestaat niet.", $"The database {cli.Target.SqliteFile} does not exist.");
            var check = await SqliteBackup.CreateAsync(cli.Target, destination.FullName, ct);
            cli.Say($"Back-up geschreven naar {destination.FullName} en gecontroleerd (integriteit ok).",
                $"Backup written to {destination.FullName} and checked (integrity ok).");
            cli.Out.Write(Tables(check, cli));
            return 0;
        });
    }

    internal static Table Tables(BackupCheck check, CliContext cli)
    {
        var table = new Table().AddColumn(cli.Text("Tabel", "Table")).AddColumn(new TableColumn(cli.Text("Rijen", "Rows")).RightAligned());
        foreach (var t in check.Tables.Where(t => !t.Table.StartsWith("__", StringComparison.Ordinal)))
            table.AddRow(Markup.Escape(t.Table), t.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return table;
    }
}
