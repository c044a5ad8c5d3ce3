using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Depot.Web.Identity;

public static class AuthModule
{
    public const string PolicyScheme = "Depot";

    /// <summary>Cookies for people, bearer API tokens for machines; the header decides which.</summary>
    public static IServiceCollection AddDepotAuth(this IServiceCollection services)
    {
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, PolicyScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "depot.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/aanmelden";
                o.LogoutPath = "/afmelden";
                o.AccessDeniedPath = "/geen-toegang";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                // The API answers 401/403 as Problem Details instead of redirecting to the sign-in page.
                o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
