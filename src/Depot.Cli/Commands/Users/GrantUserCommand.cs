using System.CommandLine;
using Depot.Web.Identity;

namespace Depot.Cli.Commands.Users;

/// <summary><c>depot users grant</c>: sets (or, with --role none, removes) a user's role in an organisation.</summary>
internal static class GrantUserCommand
{
    public static Command Create(CliGlobals globals)
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail address", Required = true };
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var role = new Option<string>("--role") { Description = "viewer, registrar, admin, or none to remove the membership", Required = true };
        role.AcceptOnlyFromAmong([.. RoleNames.Organisation.Keys, "none"]);
        var command = new Command("grant", "Give a user a role in an organisation") { email, org, role };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            var accounts = new UserAccounts(database, TimeProvider.System);
            var user = await accounts.FindByEmailAsync(cli.Value(email), ct)
                ?? throw new CliError($"Er is geen gebruiker met e-mailadres {cli.Value(email)}.", $"There is no user with e-mail address {cli.Value(email)}.");
            var name = cli.Value(role);
            await accounts.SetMembershipAsync(user.Id, organisation.Id, name == "none" ? null : RoleNames.Organisation[name], ct);
            cli.Say(name == "none" ? $"{user.Email} is geen lid meer van {organisation.Slug}." : $"{user.Email} heeft nu rol {name} in {organisation.Slug}.",
                name == "none" ? $"{user.Email} is no longer a member of {organisation.Slug}." : $"{user.Email} now has role {name} in {organisation.Slug}.");
            return 0;
        });
    }
}
