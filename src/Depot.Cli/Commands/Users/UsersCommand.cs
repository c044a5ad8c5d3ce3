using System.CommandLine;

namespace Depot.Cli.Commands.Users;

internal static class UsersCommand
{
    public static Command Create(CliGlobals globals) => new("users", "People who sign in, and their roles")
    {
        AddUserCommand.Create(globals),
        ListUsersCommand.Create(globals),
        GrantUserCommand.Create(globals),
    };
}
