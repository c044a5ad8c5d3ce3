using System.Globalization;
using System.Security.Claims;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Storage.Database;
using Depot.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Organisations;

/// <summary>What a principal may do in one organisation.</summary>
public sealed record OrganisationGrant(Organisation Organisation, OrganisationRole? Role, bool ReadsAsDepartment, bool IsPlatformAdmin)
{
    public bool CanRead => Role is not null || ReadsAsDepartment || IsPlatformAdmin;

    /// <summary>The department reads everything and writes nothing.</summary>
    public bool CanWrite => Role >= OrganisationRole.Registrar || IsPlatformAdmin;

    public bool CanAdminister => Role >= OrganisationRole.OrganisationAdmin || IsPlatformAdmin;

    public bool Allows(OrganisationRole needed) => needed switch
    {
        OrganisationRole.Viewer => CanRead,
        OrganisationRole.Registrar => CanWrite,
        OrganisationRole.OrganisationAdmin => CanAdminister,
        _ => false,
    };
}

/// <summary>
/// The first lock on every organisation route: resolves <c>{org}</c> and the principal's role in
/// it. Every store call afterwards takes the organisation id from this grant, never from input.
/// </summary>
public sealed class OrganisationAccess(DepotDatabase database)
{
    public async Task<OrganisationGrant?> GrantAsync(ClaimsPrincipal principal, string organisationSlug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == organisationSlug, ct);
        if (organisation is null) return null;
        if (principal.Identity?.IsAuthenticated != true) return new OrganisationGrant(organisation, null, false, false);

        if (principal.FindFirstValue(DepotClaims.TokenOrganisation) is { } tokenOrg)
        {
            // An API token acts in its own organisation only.
            var same = long.Parse(tokenOrg, CultureInfo.InvariantCulture) == organisation.Id;
            var tokenRole = Enum.Parse<OrganisationRole>(principal.FindFirstValue(DepotClaims.TokenRole)!);
            return new OrganisationGrant(organisation, same ? tokenRole : null, false, false);
        }

        var platform = principal.GetPlatformRole();
        OrganisationRole? role = null;
        if (principal.GetUserId() is long userId)
            role = await db.Memberships.AsNoTracking()
                .Where(m => m.UserId == userId && m.OrganisationId == organisation.Id)
                .Select(m => (OrganisationRole?)m.Role).SingleOrDefaultAsync(ct);
        return new OrganisationGrant(organisation, role, platform == PlatformRole.Department, platform == PlatformRole.PlatformAdmin);
    }

    /// <summary>The organisations a user can open, for the organisation switcher.</summary>
    public async Task<IReadOnlyList<(Organisation Organisation, OrganisationRole? Role)>> VisibleAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var platform = principal.GetPlatformRole();
        var userId = principal.GetUserId();
        var memberships = userId is long id
            ? await db.Memberships.AsNoTracking().Where(m => m.UserId == id).ToDictionaryAsync(m => m.OrganisationId, m => m.Role, ct)
            : [];
        var query = db.Organisations.AsNoTracking();
        if (platform == PlatformRole.None)
        {
            var ids = memberships.Keys.ToList();
            query = query.Where(o => ids.Contains(o.Id));
        }
        var organisations = await query.OrderBy(o => o.Name).ToListAsync(ct);
        return organisations.Select(o => (o, memberships.TryGetValue(o.Id, out var r) ? (OrganisationRole?)r : null)).ToList();
    }
}
