using Depot.Cli.Tests.Support;
using Depot.Storage.Database;

namespace Depot.Cli.Tests.Servers;

/// <summary>Two <c>depot serve</c> processes on one fresh, migrated PostgreSQL database, with an organisation and its admin.</summary>
public sealed class TwoServers : IAsyncLifetime
{
    public const string Email = "beheer@twee.depot";
    public const string Password = "twee-processen-wachtwoord";
    public const string Organisation = "gedeeld";
    public const string AdminEmail = "platform@twee.depot";

    public DatabaseTarget Target { get; private set; } = null!;
    public ServerProcess First { get; private set; } = null!;
    public ServerProcess Second { get; private set; } = null!;
    public CliRunner Cli { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Target = await TestDatabases.NewPostgresTargetAsync(ct);
        var migrate = await ServerProcess.RunToEndAsync(ct, "migrate", "--database", Target.ConnectionString);
        if (migrate.ExitCode != 0) throw new InvalidOperationException("depot migrate failed:\n" + migrate.Output);
        Cli = new CliRunner(Target);
        await Cli.SucceedAsync("organisations", "add", "--slug", Organisation, "--name", "Gedeelde organisatie", "--kind", "museum");
        await Cli.SucceedAsync("users", "add", "--email", Email, "--name", "Beheerder", "--password", Password, "--org", Organisation, "--org-role", "admin");
        var environment = new Dictionary<string, string>
        {
            ["Depot__Jobs__PollInterval"] = "00:00:00.2",
            ["DEPOT_ADMIN_EMAIL"] = AdminEmail,
            ["DEPOT_ADMIN_PASSWORD"] = Password,
        };
        // One after the other: the first creates the data-protection key in the database, the second finds it there.
        First = await ServerProcess.StartAsync(Target.ConnectionString, environment, ct);
        try
        {
            Second = await ServerProcess.StartAsync(Target.ConnectionString, environment, ct);
        }
        catch
        {
            await First.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (First is not null) await First.DisposeAsync();
        if (Second is not null) await Second.DisposeAsync();
    }
}
