using System.Security.Claims;
using Depot.Storage.Records;
using Depot.Web.Identity;
using Depot.Web.Organisations;

namespace Depot.Web.Api.Access;

/// <summary>The organisation of the current request, as granted by <see cref="OrganisationFilter"/>, and who acts in it.</summary>
public sealed record OrganisationScope(OrganisationGrant Grant, Actor Actor)
{
    /// <summary>The only organisation id handlers pass to stores: it comes from the grant, never from input.</summary>
    public long OrganisationId => Grant.Organisation.Id;

    public string Slug => Grant.Organisation.Slug;

    public static Actor ActorOf(ClaimsPrincipal user) => user.ToActor();
}

public static class OrganisationScopeExtensions
{
    /// <summary>The scope set by the organisation filter; an endpoint outside that group has none, which is a programming error.</summary>
    public static OrganisationScope Organisation(this HttpContext context) =>
        context.Features.Get<OrganisationScope>()
        ?? throw new InvalidOperationException("This endpoint is not under /organisations/{org}: it has no organisation scope.");
}
