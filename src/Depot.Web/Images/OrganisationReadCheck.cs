using System.Security.Claims;
using Depot.Preservation.IiifImage;
using Depot.Storage.Database;
using Depot.Web.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Images;

/// <summary>The IIIF Image API's question "may this principal read the organisation?", answered by the same grant as every organisation page.</summary>
public sealed class OrganisationReadCheck(OrganisationAccess access, DepotDatabase database) : IOrganisationReadCheck
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal principal, long organisationId, CancellationToken ct)
    {
        string? slug;
        await using (var db = database.CreateContext())
            slug = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Slug).SingleOrDefaultAsync(ct);
        return slug is not null && (await access.GrantAsync(principal, slug, ct))?.CanRead == true;
    }
}
