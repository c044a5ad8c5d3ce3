using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Depot.Web.Api.Session;

public static class SignOut
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapDelete("", async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("Signs out: removes the session cookie.")
            .Produces(StatusCodes.Status204NoContent);
}
