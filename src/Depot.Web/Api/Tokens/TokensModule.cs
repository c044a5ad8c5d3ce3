using Depot.Core.Identity;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Tokens;

/// <summary>API tokens of an organisation, managed by its organisation admins.</summary>
public static class TokensModule
{
    public static RouteGroupBuilder MapTokens(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/tokens").WithTags("Tokens").RequireOrganisationRole(OrganisationRole.OrganisationAdmin);
        ListTokens.Map(group);
        CreateToken.Map(group);
        RevokeToken.Map(group);
        return org;
    }
}
