using Depot.Web.Api.Access;

namespace Depot.Web.Api.Organisations;

public static class GetOrganisation
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("", (HttpContext http) =>
            {
                var grant = http.Organisation().Grant;
                var o = grant.Organisation;
                return TypedResults.Ok(new OrganisationOutput(o.Slug, o.Name, o.Kind, o.Address, grant.Role, grant.CanWrite, grant.CanAdminister));
            })
            .WithTags("Organisations")
            .WithName("GetOrganisation")
            .WithSummary("Reads one organisation and the caller's rights in it.")
            .Produces<OrganisationOutput>();
}
