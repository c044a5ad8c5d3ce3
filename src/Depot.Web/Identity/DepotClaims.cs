using System.Globalization;
using System.Security.Claims;
using Depot.Core.Identity;

namespace Depot.Web.Identity;

/// <summary>The claims Depot puts on a signed-in principal, and how to read them back.</summary>
public static class DepotClaims
{
    public const string UserId = "depot:user";
    public const string PlatformRole = "depot:platform-role";

    /// <summary>On API-token principals: the one organisation the token belongs to and its role there.</summary>
    public const string TokenOrganisation = "depot:token-org";
    public const string TokenRole = "depot:token-role";
    public const string TokenId = "depot:token";

    public static long? GetUserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(UserId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static PlatformRole GetPlatformRole(this ClaimsPrincipal principal) =>
        Enum.TryParse<PlatformRole>(principal.FindFirstValue(PlatformRole), out var role) ? role : Core.Identity.PlatformRole.None;

    /// <summary>The principal as the author of a change in the history.</summary>
    public static Depot.Storage.Records.Actor ToActor(this ClaimsPrincipal principal) => new(principal.GetUserId(), principal.GetDisplayName());

    public static string GetDisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue(ClaimTypes.Email) ?? "onbekend";
}
