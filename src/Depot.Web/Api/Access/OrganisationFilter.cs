using Depot.Core.Identity;
using Depot.Web.Organisations;

namespace Depot.Web.Api.Access;

/// <summary>
/// Resolves <c>{org}</c> for every endpoint in the organisation group. Unknown organisations and
/// organisations the caller may not read both answer 404, so the API never tells whether another
/// organisation or its records exist. Reading callers that try to write get 403.
/// </summary>
public sealed class OrganisationFilter(OrganisationAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var slug = http.GetRouteValue("org") as string ?? "";
        var grant = await access.GrantAsync(http.User, slug, http.RequestAborted);
        if (grant is null || !grant.CanRead) return ApiProblems.NotFound(http);

        var needed = RequiredRole(http);
        if (!grant.Allows(needed)) return ApiProblems.Forbidden(http, needed);

        http.Features.Set(new OrganisationScope(grant, OrganisationScope.ActorOf(http.User)));
        return await next(context);
    }

    /// <summary>Reading needs a viewer and writing a registrar, unless the endpoint asks for more.</summary>
    private static OrganisationRole RequiredRole(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<RequiredOrganisationRole>()?.Role
        ?? (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? OrganisationRole.Viewer : OrganisationRole.Registrar);
}

/// <summary>Endpoint metadata: the organisation role an endpoint needs beyond the default for its method.</summary>
public sealed record RequiredOrganisationRole(OrganisationRole Role);

public static class RequiredOrganisationRoleExtensions
{
    public static TBuilder RequireOrganisationRole<TBuilder>(this TBuilder builder, OrganisationRole role) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredOrganisationRole(role));
}
