using System.CommandLine;

namespace Depot.Cli.Commands.Sources;

/// <summary><c>depot sources</c>: an organisation's external sources (LDES, OAI-PMH, files at a URL).</summary>
internal static class SourcesCommand
{
    public static Command Create(CliGlobals globals) => new("sources", "External sources an organisation's records are harvested from")
    {
        ListSourcesCommand.Create(globals),
        AddSourceCommand.Create(globals),
    };
}
