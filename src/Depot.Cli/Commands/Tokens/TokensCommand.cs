using System.CommandLine;

namespace Depot.Cli.Commands.Tokens;

internal static class TokensCommand
{
    public static Command Create(CliGlobals globals) => new("tokens", "API tokens of an organisation")
    {
        CreateTokenCommand.Create(globals),
        ListTokensCommand.Create(globals),
        RevokeTokenCommand.Create(globals),
    };
}
