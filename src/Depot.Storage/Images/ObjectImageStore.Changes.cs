using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Images;

// Changes to images already there: order, caption, public or held back, removal.
public sealed partial class ObjectImageStore
{
    /// <summary>Puts the object's images in this order; images not named keep their relative order after the named ones.</summary>
    public async Task<bool> ReorderAsync(long organisationId, long objectId, IReadOnlyList<long> order, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var images = await db.ObjectImages.AsTracking().Where(i => i.OrganisationId == organisationId && i.ObjectId == objectId)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        if (images.Count == 0) return false;
        var rank = order.Distinct().Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        var sorted = images.OrderBy(i => rank.TryGetValue(i.Id, out var r) ? r : int.MaxValue).ToList();
        for (var p = 0; p < sorted.Count; p++) sorted[p].Position = p;
        await db.SaveChangesAsync(ct);
        await RepublishAsync(organisationId, objectId, ct);
        return true;
    }

    /// <summary>Moves one image a place earlier (negative) or later (positive) among the object's images.</summary>
    public async Task<bool> MoveAsync(long organisationId, long imageId, int offset, CancellationToken ct)
    {
        var image = await FindAsync(organisationId, imageId, ct);
        if (image is null) return false;
        var ids = (await ListAsync(organisationId, image.ObjectId, ct)).Select(i => i.Id).ToList();
        var from = ids.IndexOf(imageId);
        var to = Math.Clamp(from + offset, 0, ids.Count - 1);
        ids.RemoveAt(from);
        ids.Insert(to, imageId);
        return await ReorderAsync(organisationId, image.ObjectId, ids, ct);
    }

    public Task<bool> SetCaptionAsync(long organisationId, long imageId, string caption, CancellationToken ct) =>
        ChangeAsync(organisationId, imageId, i => i.Caption = Cut(caption, 1000), ct);

    /// <summary>Shows the image to the public with its object (the default), or holds it back.</summary>
    public Task<bool> SetPublicAsync(long organisationId, long imageId, bool isPublic, CancellationToken ct) =>
        ChangeAsync(organisationId, imageId, i => i.IsPublic = isPublic, ct);

    /// <summary>
    /// Takes the image off its object; the stored file goes too unless another image of the
    /// organisation has the same bytes. The last image off an object clears its <c>HasImage</c>.
    /// </summary>
    public async Task<bool> RemoveAsync(long organisationId, long imageId, Actor actor, CancellationToken ct)
    {
        var removed = await records.InTransactionAsync(async tx =>
        {
            var image = await tx.Db.ObjectImages.AsTracking().SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Id == imageId, ct);
            if (image is null) return null;
            tx.Db.ObjectImages.Remove(image);
            await tx.Db.SaveChangesAsync(ct);
            var left = await tx.Db.ObjectImages.AnyAsync(i => i.OrganisationId == organisationId && i.ObjectId == image.ObjectId, ct);
            var o = await tx.Db.Objects.SingleAsync(x => x.OrganisationId == organisationId && x.Id == image.ObjectId, ct);
            if (!left && o.HasImage && !o.IsDeleted)
                await tx.UpdateAsync<CollectionObject>(organisationId, image.ObjectId, actor, x => x.HasImage = false, VersionNote);
            return image;
        }, ct);
        if (removed is null) return false;
        // A depot file stays in the depot (deleting it is an admin's recorded decision there); a media file goes when unused.
        if (removed.StoragePath.Length > 0)
            await using (var db = database.CreateContext())
                if (!await db.ObjectImages.AnyAsync(i => i.OrganisationId == organisationId && i.StoragePath == removed.StoragePath, ct))
                    files.Delete(removed.StoragePath);
        await RepublishAsync(organisationId, removed.ObjectId, ct);
        return true;
    }

    private async Task<bool> ChangeAsync(long organisationId, long imageId, Action<ObjectImage> change, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var image = await db.ObjectImages.AsTracking().SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Id == imageId, ct);
        if (image is null) return false;
        change(image);
        await db.SaveChangesAsync(ct);
        await RepublishAsync(organisationId, image.ObjectId, ct);
        return true;
    }
}
