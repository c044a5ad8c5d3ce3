using System.Globalization;
using System.Security.Claims;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Web.Identity;
using Depot.Web.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Api.Organisations;

public static class ListOrganisations
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/organisations", async (ClaimsPrincipal user, OrganisationAccess access, DepotDatabase database, CancellationToken ct) =>
            {
                // An API token sees its own organisation only.
                if (user.FindFirstValue(DepotClaims.TokenOrganisation) is { } tokenOrg)
                {
                    var id = long.Parse(tokenOrg, CultureInfo.InvariantCulture);
                    var role = Enum.Parse<OrganisationRole>(user.FindFirstValue(DepotClaims.TokenRole)!);
                    await using var db = database.CreateContext();
                    var own = await db.Organisations.AsNoTracking().Where(o => o.Id == id).ToListAsync(ct);
                    return TypedResults.Ok(own.Select(o => new OrganisationOutput(o.Slug, o.Name, o.Kind, o.Address, role,
                        role >= OrganisationRole.Registrar, role >= OrganisationRole.OrganisationAdmin)).ToList());
                }
                var visible = await access.VisibleAsync(user, ct);
                var admin = user.GetPlatformRole() == PlatformRole.PlatformAdmin;
                return TypedResults.Ok(visible.Select(v => new OrganisationOutput(v.Organisation.Slug, v.Organisation.Name, v.Organisation.Kind,
                    v.Organisation.Address, v.Role, admin || v.Role >= OrganisationRole.Registrar, admin || v.Role >= OrganisationRole.OrganisationAdmin)).ToList());
            })
            .WithTags("Organisations")
            .WithName("ListOrganisations")
            .WithSummary("Lists the organisations the caller can open, with its role in each.")
            .Produces<List<OrganisationOutput>>();
}
