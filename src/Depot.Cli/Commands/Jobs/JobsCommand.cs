using System.CommandLine;

namespace Depot.Cli.Commands.Jobs;

internal static class JobsCommand
{
    public static Command Create(CliGlobals globals) => new("jobs", "Background jobs (reindex, and later imports, exports, fixity audits)")
    {
        ListJobsCommand.Create(globals),
    };
}
