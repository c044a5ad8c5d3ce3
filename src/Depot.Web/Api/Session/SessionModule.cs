namespace Depot.Web.Api.Session;

/// <summary>Signing in and out with a cookie, for scripts and browser clients of the API.</summary>
public static class SessionModule
{
    public static RouteGroupBuilder MapSession(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/session").WithTags("Session").AllowAnonymous();
        SignIn.Map(group);
        SignOut.Map(group);
        return api;
    }
}
