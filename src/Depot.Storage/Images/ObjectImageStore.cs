using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Images;

/// <summary>
/// The images of an organisation's objects: add (streamed, checked, content-addressed), list,
/// reorder, caption, hold back from the public, remove. The object's <c>HasImage</c> follows in the
/// same transaction as a new version of the object (so the change is in its history), and a public
/// object is re-published afterwards so the public feed shows the change.
/// </summary>
/// <remarks>The projector is absent where nothing is published (the CLI's demo seeding): the object's own version then carries the change.</remarks>
public sealed partial class ObjectImageStore(DepotDatabase database, RecordStore records, MediaFiles files, TimeProvider clock,
    PublicationProjector? projector = null)
{
    public const string VersionNote = "afbeeldingen";

    public MediaFiles Files => files;

    /// <summary>The object's images in their order (held-back ones included).</summary>
    public async Task<IReadOnlyList<ObjectImage>> ListAsync(long organisationId, long objectId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ObjectImages.Where(i => i.OrganisationId == organisationId && i.ObjectId == objectId)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
    }

    public async Task<ObjectImage?> FindAsync(long organisationId, long imageId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ObjectImages.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Id == imageId, ct);
    }

    /// <summary>
    /// Stores the image and adds it after the object's others. The same bytes twice on one object
    /// add nothing (the existing image comes back, <see cref="ImageAdded.Duplicate"/>); on another
    /// object of the organisation they share the stored file.
    /// </summary>
    public async Task<ImageAdded> AddAsync(long organisationId, long objectId, Stream content, string? fileName, string caption, Actor actor, CancellationToken ct)
    {
        // The object first: nothing is written for an object outside the organisation.
        _ = await records.GetAsync<CollectionObject>(organisationId, objectId, ct);
        var stored = await files.StoreAsync(organisationId, content, ct);
        if (stored.Refusal is { } refused) return new ImageAdded(null, false, refused);

        return await AddRowAsync(organisationId, objectId, i => i.Sha256 == stored.Sha256, new ObjectImage
        {
            FileName = SafeName(fileName),
            MediaType = stored.Image.MediaType,
            Width = stored.Image.Width,
            Height = stored.Image.Height,
            ByteLength = stored.Length,
            Sha256 = stored.Sha256,
            StoragePath = stored.StoragePath,
            Caption = Cut(caption, 1000),
        }, actor, ct);
    }

    /// <summary>
    /// Adds the image after the object's others, with the object's <c>HasImage</c> in the same transaction,
    /// unless an image matching <paramref name="same"/> is there already (it comes back as a duplicate).
    /// </summary>
    private async Task<ImageAdded> AddRowAsync(long organisationId, long objectId, Func<ObjectImage, bool> same, ObjectImage image, Actor actor, CancellationToken ct)
    {
        var (added, duplicate) = await records.InTransactionAsync(async tx =>
        {
            var o = await tx.GetAsync<CollectionObject>(organisationId, objectId);
            var existing = await tx.Db.ObjectImages.Where(i => i.OrganisationId == organisationId && i.ObjectId == objectId).ToListAsync(ct);
            if (existing.FirstOrDefault(same) is { } found) return (found, true);
            image.OrganisationId = organisationId;
            image.ObjectId = objectId;
            image.Position = existing.Count == 0 ? 0 : existing.Max(i => i.Position) + 1;
            image.IsPublic = true;
            image.CreatedAt = clock.GetUtcNow();
            image.CreatedBy = Cut(actor.Name, 320);
            tx.Db.ObjectImages.Add(image);
            await tx.Db.SaveChangesAsync(ct);
            if (!o.HasImage) await tx.UpdateAsync<CollectionObject>(organisationId, objectId, actor, x => x.HasImage = true, VersionNote);
            return (image, false);
        }, ct);
        if (!duplicate) await RepublishAsync(organisationId, objectId, ct);
        return new ImageAdded(added, duplicate, null);
    }

    /// <summary>Re-publishes the object when it is public, so its images in the public feed follow.</summary>
    private async Task RepublishAsync(long organisationId, long objectId, CancellationToken ct)
    {
        if (projector is null) return;
        await using var db = database.CreateContext();
        var isPublic = await db.Objects.AnyAsync(o => o.OrganisationId == organisationId && o.Id == objectId && o.PublicationStatus == PublicationStatus.Public, ct)
            || await db.PublishedRecords.AnyAsync(r => r.RecordType == RecordType.Object && r.RecordId == objectId && r.IsPublic, ct);
        if (isPublic) await projector.RefreshAsync([objectId], ct);
    }

    /// <summary>The uploaded name without folders or characters that mean something to a file system; for screens only, never a path.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray()).Trim().TrimStart('.');
        if (name.Length > 200) name = name[..100] + name[^100..];
        return name.Length == 0 ? "afbeelding" : name;
    }

    private static string Cut(string? text, int max)
    {
        var t = (text ?? "").Trim();
        return t.Length > max ? t[..max] : t;
    }
}

/// <summary>The added (or, for equal bytes, the existing) image, or why none was added.</summary>
public sealed record ImageAdded(ObjectImage? Image, bool Duplicate, ImageRefusal? Refusal);
