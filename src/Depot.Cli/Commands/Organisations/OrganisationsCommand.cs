using System.CommandLine;

namespace Depot.Cli.Commands.Organisations;

internal static class OrganisationsCommand
{
    public static Command Create(CliGlobals globals) => new("organisations", "Heritage organisations (tenants)")
    {
        AddOrganisationCommand.Create(globals),
        ListOrganisationsCommand.Create(globals),
    };
}
