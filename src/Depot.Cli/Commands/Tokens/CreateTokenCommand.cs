using System.CommandLine;
using Depot.Web.Identity;
using Spectre.Console;

namespace Depot.Cli.Commands.Tokens;

/// <summary><c>depot tokens create</c>: a new API token; its secret is printed once and never stored.</summary>
internal static class CreateTokenCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. 'website harvest'", Required = true };
        var role = RoleNames.OrganisationOption("--role", "registrar");
        var command = new Command("create", "Create an API token") { org, name, role };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            var (token, secret) = await new ApiTokens(database, TimeProvider.System)
                .CreateAsync(organisation.Id, cli.Value(name), RoleNames.Organisation[cli.Value(role)], null, ct);
            cli.Say($"Token {token.Id} '{token.Name}' ({cli.Value(role)}) voor {organisation.Slug}:",
                $"Token {token.Id} '{token.Name}' ({cli.Value(role)}) for {organisation.Slug}:");
            cli.Out.WriteLine(secret);
            cli.Say("Bewaar dit geheim nu: het wordt nergens opgeslagen en nooit meer getoond.",
                "Store this secret now: it is not kept anywhere and will never be shown again.");
            return 0;
        });
    }
}
