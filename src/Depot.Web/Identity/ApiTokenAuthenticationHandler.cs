using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Depot.Web.Identity;

/// <summary>Authenticates <c>Authorization: Bearer dpt_…</c> as the token's organisation and role.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"token:{token.Name}"),
            new Claim(DepotClaims.TokenId, token.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(DepotClaims.TokenOrganisation, token.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(DepotClaims.TokenRole, token.Role.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
