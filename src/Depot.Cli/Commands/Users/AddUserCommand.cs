using System.CommandLine;
using Depot.Web.Identity;
using Spectre.Console;

namespace Depot.Cli.Commands.Users;

/// <summary><c>depot users add</c>: creates an account, optionally with a platform role and a role in one organisation.</summary>
internal static class AddUserCommand
{
    public static Command Create(CliGlobals globals)
    {
        var email = new Option<string>("--email") { Description = "E-mail address (the sign-in name)", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", DefaultValueFactory = _ => "" };
        var password = new Option<string?>("--password") { Description = "Password (visible in shell history: prefer --password-stdin or the prompt)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input" };
        var role = new Option<string>("--role") { Description = "Platform role: none, department or platform-admin", DefaultValueFactory = _ => "none" };
        role.AcceptOnlyFromAmong([.. RoleNames.Platform.Keys]);
        var org = new Option<string?>("--org") { Description = "Organisation slug to give the user a role in" };
        var orgRole = RoleNames.OrganisationOption("--org-role", "viewer");
        var command = new Command("add", "Add a user") { email, name, password, passwordStdin, role, org, orgRole };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = cli.Value(org) is { Length: > 0 } slug ? await cli.OrganisationAsync(slug, ct) : null;
            var secret = await PasswordAsync(cli, cli.Value(password), cli.Value(passwordStdin));
            var accounts = new UserAccounts(database, TimeProvider.System);
            var user = await accounts.CreateAsync(cli.Value(email), cli.Value(name), secret, RoleNames.Platform[cli.Value(role)], ct);
            cli.Say($"Gebruiker {user.Email} aangemaakt (id {user.Id}, platformrol {cli.Value(role)}).",
                $"Created user {user.Email} (id {user.Id}, platform role {cli.Value(role)}).");
            if (organisation is not null)
            {
                await accounts.SetMembershipAsync(user.Id, organisation.Id, RoleNames.Organisation[cli.Value(orgRole)], ct);
                cli.Say($"Rol {cli.Value(orgRole)} in {organisation.Slug}.", $"Role {cli.Value(orgRole)} in {organisation.Slug}.");
            }
            return 0;
        });
    }

    private static async Task<string> PasswordAsync(CliContext cli, string? given, bool fromStdin)
    {
        if (given is { Length: > 0 }) return given;
        if (fromStdin)
            return (await cli.Console.In.ReadLineAsync())?.TrimEnd('\r', '\n') is { Length: > 0 } line ? line
                : throw new CliError("Geen wachtwoord op standaardinvoer gevonden.", "No password found on standard input.", CliGlobals.InvalidInput);
        if (cli.Console.IsProcess && cli.Out.Profile.Capabilities.Interactive)
            return await new TextPrompt<string>(cli.Text("Wachtwoord:", "Password:")).Secret().ShowAsync(cli.Out, CancellationToken.None);
        throw new CliError("Geef een wachtwoord met --password of --password-stdin.", "Give a password with --password or --password-stdin.", CliGlobals.InvalidInput);
    }
}
