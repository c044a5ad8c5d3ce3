using System.Globalization;
using System.Security.Claims;
using Depot.Core.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Depot.Web.Identity;

/// <summary>The cookie principal of a signed-in user: the claims <see cref="DepotClaims"/> reads back.</summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(User user) => new(new ClaimsIdentity(
    [
        new Claim(DepotClaims.UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, user.DisplayName),
        new Claim(ClaimTypes.Email, user.Email),
        new Claim(DepotClaims.PlatformRole, user.PlatformRole.ToString()),
    ], CookieAuthenticationDefaults.AuthenticationScheme));
}
