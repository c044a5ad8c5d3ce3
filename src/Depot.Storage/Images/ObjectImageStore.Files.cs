using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Images;

// Images whose bytes the digital depot keeps: the row links the depot file and holds no media path.
public sealed partial class ObjectImageStore
{
    /// <summary>
    /// Adds a depot file of the organisation as the object's next image (order, caption and held-back
    /// stay here; bytes, fixity and derivatives are the depot's). The same bytes twice on one object
    /// add nothing: the existing image comes back as a duplicate.
    /// </summary>
    public async Task<ImageAdded> AddFileAsync(long organisationId, long objectId, DigitalFile file, int width, int height, string caption, Actor actor, CancellationToken ct)
    {
        if (file.OrganisationId != organisationId) throw new InvalidOperationException("A depot file of another organisation cannot be an object's image.");
        var (image, duplicate) = await records.InTransactionAsync(async tx =>
        {
            var o = await tx.GetAsync<CollectionObject>(organisationId, objectId);
            var existing = await tx.Db.ObjectImages.Where(i => i.OrganisationId == organisationId && i.ObjectId == objectId).ToListAsync(ct);
            if (existing.FirstOrDefault(i => i.FileId == file.Id || i.Sha256 == file.Sha256) is { } same) return (same, true);
            var image = new ObjectImage
            {
                OrganisationId = organisationId,
                ObjectId = objectId,
                Position = existing.Count == 0 ? 0 : existing.Max(i => i.Position) + 1,
                FileName = SafeName(file.FileName),
                MediaType = file.MediaType,
                Width = width,
                Height = height,
                ByteLength = file.ByteLength,
                Sha256 = file.Sha256,
                FileId = file.Id,
                Caption = Cut(caption, 1000),
                IsPublic = true,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = Cut(actor.Name, 320),
            };
            tx.Db.ObjectImages.Add(image);
            await tx.Db.SaveChangesAsync(ct);
            if (!o.HasImage) await tx.UpdateAsync<CollectionObject>(organisationId, objectId, actor, x => x.HasImage = true, VersionNote);
            return (image, false);
        }, ct);
        if (!duplicate) await RepublishAsync(organisationId, objectId, ct);
        return new ImageAdded(image, duplicate, null);
    }
}
