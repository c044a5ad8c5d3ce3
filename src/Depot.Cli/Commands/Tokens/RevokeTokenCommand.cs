using System.CommandLine;
using Depot.Web.Identity;

namespace Depot.Cli.Commands.Tokens;

/// <summary><c>depot tokens revoke</c>: stops a token from working, at once.</summary>
internal static class RevokeTokenCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var id = new Option<long>("--id") { Description = "Token id (see `depot tokens list`)", Required = true };
        var command = new Command("revoke", "Revoke an API token") { org, id };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            if (!await new ApiTokens(database, TimeProvider.System).RevokeAsync(organisation.Id, cli.Value(id), ct))
                throw new CliError($"{organisation.Slug} heeft geen actief token met id {cli.Value(id)}.",
                    $"{organisation.Slug} has no active token with id {cli.Value(id)}.");
            cli.Say($"Token {cli.Value(id)} van {organisation.Slug} is ingetrokken.", $"Token {cli.Value(id)} of {organisation.Slug} is revoked.");
            return 0;
        });
    }
}
