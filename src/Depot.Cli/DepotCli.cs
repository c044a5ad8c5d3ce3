using System.CommandLine;
using Depot.Cli.Commands;
using Depot.Cli.Commands.Formats;
using Depot.Cli.Commands.Ingest;
using Depot.Cli.Commands.Jobs;
using Depot.Cli.Commands.Organisations;
using Depot.Cli.Commands.Sources;
using Depot.Cli.Commands.Tokens;
using Depot.Cli.Commands.Users;

namespace Depot.Cli;

/// <summary>
/// The <c>depot</c> command. Each command lives in its own file under <c>Commands/</c> with a
/// static <c>Create(CliGlobals)</c>; a new command (import, export, fixity) is one new file plus
/// one line in <see cref="Build"/>.
/// </summary>
internal static class DepotCli
{
    public static RootCommand Build(CliConsole console)
    {
        var globals = new CliGlobals(console);
        var root = new RootCommand("Depot: collection management for heritage organisations.");
        root.Options.Add(globals.Database);
        root.Options.Add(globals.Language);

        // Running the platform
        root.Subcommands.Add(ServeCommand.Create(globals));
        root.Subcommands.Add(MigrateCommand.Create(globals));
        root.Subcommands.Add(BackupCommand.Create(globals));
        root.Subcommands.Add(RestoreCommand.Create(globals));
        root.Subcommands.Add(DemoCommand.Create(globals));

        // People and tenants
        root.Subcommands.Add(OrganisationsCommand.Create(globals));
        root.Subcommands.Add(ThesaurusCommand.Create(globals));
        root.Subcommands.Add(ImportCommand.Create(globals));
        root.Subcommands.Add(UsersCommand.Create(globals));
        root.Subcommands.Add(TokensCommand.Create(globals));

        // Collection work (long-running: background jobs, or inline with --now)
        root.Subcommands.Add(ReindexCommand.Create(globals));
        root.Subcommands.Add(JobsCommand.Create(globals));
        root.Subcommands.Add(ExportCommand.Create(globals));
        root.Subcommands.Add(FormatsCommand.Create(globals));
        root.Subcommands.Add(IngestCommand.Create(globals));

        // The network: sources harvested into an organisation
        root.Subcommands.Add(SourcesCommand.Create(globals));
        root.Subcommands.Add(HarvestCommand.Create(globals));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var configuration = new InvocationConfiguration { Output = console.Error, Error = console.Error };
        if (console.IsProcess)
            configuration.Output = Console.Out;
        else
            configuration.ProcessTerminationTimeout = null; // In-process callers (tests) own cancellation.
        return Build(console).Parse(args).InvokeAsync(configuration, ct);
    }
}
