using Depot.Cli.Tests.Support;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Web.Identity;

namespace Depot.Cli.Tests.Commands;

public sealed class TokenCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Created_token_authenticates_until_it_is_revoked()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        var created = await cli.SucceedAsync("tokens", "create", "--org", "mas", "--name", "website harvest", "--role", "viewer");
        var secret = created.LineStartingWith(ApiToken.Prefix);
        var tokens = new ApiTokens(new DepotDatabase(cli.Target), TimeProvider.System);

        var before = await tokens.AuthenticateAsync(secret, Ct);
        var listed = await cli.SucceedAsync("tokens", "list", "--org", "mas");
        await cli.SucceedAsync("tokens", "revoke", "--org", "mas", "--id", before!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var after = await tokens.AuthenticateAsync(secret, Ct);
        var listedAfter = await cli.SucceedAsync("tokens", "list", "--org", "mas", "--lang", "en");

        Assert.Equal(OrganisationRole.Viewer, before.Role);
        Assert.Contains("Bewaar dit geheim nu", created.Output);
        Assert.Contains("website harvest", listed.Output);
        Assert.Contains(secret[..8] + "…", listed.Output);
        Assert.DoesNotContain(secret, listed.Output);
        Assert.Null(after);
        Assert.Contains("revoked", listedAfter.Output);
    }

    [Fact]
    public async Task Revoking_an_unknown_token_or_organisation_fails_clearly()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");

        var unknownToken = await cli.RunAsync("tokens", "revoke", "--org", "mas", "--id", "42");
        var unknownOrg = await cli.RunAsync("tokens", "list", "--org", "nergens");

        Assert.Equal(1, unknownToken.ExitCode);
        Assert.Contains("mas heeft geen actief token met id 42.", unknownToken.Output);
        Assert.Equal(1, unknownOrg.ExitCode);
        Assert.Contains("Organisatie 'nergens' bestaat niet.", unknownOrg.Output);
    }
}
