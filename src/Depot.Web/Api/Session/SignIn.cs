using Depot.Core.Identity;
using Depot.Web.Api.Access;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Depot.Web.Api.Session;

public sealed record SignInInput(string? Email, string? Password);

public sealed record SessionOutput(long UserId, string Email, string DisplayName, PlatformRole PlatformRole);

public static class SignIn
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("", async (SignInInput body, HttpContext http, UserAccounts accounts, CancellationToken ct) =>
            {
                var result = await accounts.VerifyAsync(body.Email ?? "", body.Password ?? "", ct);
                if (result is { Outcome: SignInOutcome.LockedOut, LockedUntil: { } until })
                    return ApiProblems.Problem(http, StatusCodes.Status401Unauthorized, "Account tijdelijk vergrendeld", "Account locked for now",
                        $"Te veel mislukte pogingen: probeer opnieuw na {until:HH:mm} UTC.", $"Too many failed attempts: try again after {until:HH:mm} UTC.");
                if (result.User is not { } user)
                    return ApiProblems.Problem(http, StatusCodes.Status401Unauthorized, "Aanmelden mislukt", "Sign-in failed",
                        "Het e-mailadres of het wachtwoord klopt niet.", "The e-mail address or the password is not right.");
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(user));
                return TypedResults.Ok(new SessionOutput(user.Id, user.Email, user.DisplayName, user.PlatformRole));
            })
            .WithName("SignIn")
            .WithSummary("Signs in with e-mail address and password; the answer sets the session cookie.")
            .Accepts<SignInInput>("application/json")
            .Produces<SessionOutput>();
}
