using Depot.Cli.Tests.Support;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Web.Identity;

namespace Depot.Cli.Tests.Commands;

public sealed class UserCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task User_added_with_an_organisation_role_can_sign_in_and_be_granted_another_role()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        await cli.SucceedAsync("organisations", "add", "--slug", "amsab", "--name", "Amsab", "--kind", "archive");
        var added = await cli.RunWithInputAsync("een-lang-wachtwoord\n",
            "users", "add", "--email", "Els@Example.be", "--name", "Els", "--password-stdin", "--org", "mas", "--org-role", "registrar");
        Assert.Equal(0, added.ExitCode);

        await cli.SucceedAsync("users", "grant", "--email", "els@example.be", "--org", "amsab", "--role", "admin");
        var list = await cli.SucceedAsync("users", "list");

        var accounts = new UserAccounts(new DepotDatabase(cli.Target), TimeProvider.System);
        var signIn = await accounts.VerifyAsync("els@example.be", "een-lang-wachtwoord", Ct);
        Assert.Equal(SignInOutcome.Succeeded, signIn.Outcome);
        var user = await accounts.FindByEmailAsync("els@example.be", Ct);
        Assert.Equal([OrganisationRole.Registrar, OrganisationRole.OrganisationAdmin], user!.Memberships.OrderBy(m => m.OrganisationId).Select(m => m.Role));
        Assert.Contains("mas:registrar, amsab:admin", list.Output);
    }

    [Fact]
    public async Task Platform_admin_is_created_with_its_role()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("users", "add", "--email", "root@depot.be", "--password", "nog-een-wachtwoord", "--role", "platform-admin");

        var user = await new UserAccounts(new DepotDatabase(cli.Target), TimeProvider.System).FindByEmailAsync("root@depot.be", Ct);

        Assert.Equal(PlatformRole.PlatformAdmin, user!.PlatformRole);
    }

    [Fact]
    public async Task Short_password_and_unknown_user_are_explained_without_a_stack_trace()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");

        var shortPassword = await cli.RunAsync("users", "add", "--email", "a@b.be", "--password", "kort");
        var unknown = await cli.RunAsync("users", "grant", "--email", "nobody@b.be", "--org", "mas", "--role", "viewer", "--lang", "en");
        var noPassword = await cli.RunAsync("users", "add", "--email", "c@b.be");

        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("password: Een wachtwoord heeft minstens 10 tekens.", shortPassword.Output);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no user with e-mail address nobody@b.be.", unknown.Output);
        Assert.Equal(2, noPassword.ExitCode);
        Assert.Contains("--password-stdin", noPassword.Output);
        Assert.DoesNotContain("   at ", shortPassword.Output + unknown.Output + noPassword.Output);
    }
}
