using Depot.Core.Identity;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Hosting;

/// <summary>
/// The first platform admin of a fresh installation, from DEPOT_ADMIN_EMAIL and DEPOT_ADMIN_PASSWORD
/// (a container or service has no terminal to run <c>depot users add</c> in). Does nothing once any
/// platform admin exists.
/// </summary>
public static class FirstAdmin
{
    public const string EmailVariable = "DEPOT_ADMIN_EMAIL";
    public const string PasswordVariable = "DEPOT_ADMIN_PASSWORD";

    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        var email = configuration[EmailVariable];
        var password = configuration[PasswordVariable];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return;

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstAdmin));
        await using (var db = services.GetRequiredService<DepotDatabase>().CreateContext())
        {
            if (await db.Users.AnyAsync(u => u.PlatformRole == PlatformRole.PlatformAdmin, ct)) return;
        }
        try
        {
            await services.GetRequiredService<UserAccounts>().CreateAsync(email, "Platform admin", password, PlatformRole.PlatformAdmin, ct);
            logger.LogInformation("Created the first platform admin {Email} from {Variable}", User.NormaliseEmail(email), EmailVariable);
        }
        catch (ValidationFailedException e)
        {
            // Another process starting at the same moment created it, or the values are unusable: say which and carry on.
            logger.LogWarning("No platform admin created from {Variable}: {Reason}", EmailVariable, string.Join(" ", e.Errors.Select(x => x.MessageEn)));
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "No platform admin created from {Variable}: another process created one", EmailVariable);
        }
    }
}
