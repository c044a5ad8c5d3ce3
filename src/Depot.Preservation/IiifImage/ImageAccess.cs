using System.Security.Claims;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.IiifImage;

/// <summary>Whether the signed-in principal may read the organisation's records (implemented by the web host, which knows memberships).</summary>
public interface IOrganisationReadCheck
{
    Task<bool> CanReadAsync(ClaimsPrincipal principal, long organisationId, CancellationToken ct);
}

/// <summary>An image the requester may see: its content (for the pyramid's path), state, and whether anyone may see it.</summary>
internal sealed record AccessibleImage(long FileId, string Sha256, DerivativeState Derivatives, bool IsPublic);

/// <summary>
/// Who may see a depot file through the Image API: anyone, when the file is an image in its
/// object's current public snapshot (the object is published and public and the image is not held
/// back); otherwise only signed-in members of the owning organisation. Everyone else gets the same
/// answer as for a file that does not exist, so ids reveal nothing.
/// </summary>
/// <remarks>
/// The public snapshot is the one gate: a file linked to a public object only through its
/// <c>ObjectId</c>, with no object image (and so no "held back" choice made), stays internal.
/// </remarks>
internal sealed class ImageAccess(DepotDatabase database, PublicationProjector projector, PublicationStore store, IOrganisationReadCheck? members = null)
{
    public async Task<AccessibleImage?> FindAsync(long fileId, ClaimsPrincipal principal, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsNoTracking().Where(f => f.Id == fileId && f.DeletedAt == null)
            .Select(f => new { f.OrganisationId, f.Sha256, f.Derivatives }).SingleOrDefaultAsync(ct);
        if (file is null) return null;
        var images = await db.ObjectImages.AsNoTracking().Where(i => i.FileId == fileId && i.OrganisationId == file.OrganisationId && i.IsPublic)
            .Select(i => new { i.Id, i.ObjectId }).ToListAsync(ct);
        if (images.Count > 0)
        {
            await projector.CatchUpAsync(ct);
            foreach (var image in images)
                if ((await store.FindObjectAsync(image.ObjectId, ct))?.Current?.Images.Any(i => i.Id == image.Id) == true)
                    return new AccessibleImage(fileId, file.Sha256, file.Derivatives, IsPublic: true);
        }
        if (principal.Identity?.IsAuthenticated == true && members is not null && await members.CanReadAsync(principal, file.OrganisationId, ct))
            return new AccessibleImage(fileId, file.Sha256, file.Derivatives, IsPublic: false);
        return null;
    }
}
