using System.Globalization;
using System.Security.Claims;
using Depot.Web.Demo;
using Depot.Web.Hosting;
using Depot.Web.Identity;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages.Account;

/// <summary>Sign-in with e-mail and password; in demo mode the page also lists the demo accounts.</summary>
public sealed class SignInModel(UserAccounts accounts, DepotHostOptions options, UiText text) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<DemoAccounts.Account> DemoAccountList => options.Demo ? DemoAccounts.All : [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await accounts.VerifyAsync(Email, Password, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.LockedOut:
                Error = text.Format("signIn.lockedOut", text.DateTime(result.LockedUntil ?? DateTimeOffset.UtcNow));
                return Page();
            case SignInOutcome.Failed:
                Error = text["signIn.failed"];
                return Page();
        }
        var user = result.User!;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(DepotClaims.UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(DepotClaims.PlatformRole, user.PlatformRole.ToString()),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
