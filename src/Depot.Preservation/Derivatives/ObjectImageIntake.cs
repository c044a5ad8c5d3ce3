using Depot.Core.Registration.Objects;
using Depot.Preservation.Ingest;
using Depot.Storage.Images;
using Depot.Storage.Records;

namespace Depot.Preservation.Derivatives;

/// <summary>
/// An image uploaded to an object becomes a depot file: its first bytes are checked to be an image
/// (nothing is written otherwise), then it streams through the depot's ingest (checksums, format,
/// replicas, PREMIS; linked to the object), the object image row links the file, and its
/// derivatives are asked for. Hosts without the depot's ingest (the CLI's offline demo seeding)
/// keep storing into the media folder.
/// </summary>
public sealed class ObjectImageIntake(ObjectImageStore store, RecordStore records, DerivativeScheduler scheduler, IFileIngest? ingest = null)
{
    /// <summary>Enough of the start of a file to find a JPEG's frame header past large EXIF and ICC segments.</summary>
    private const int HeadBytes = 1 << 20;

    public bool KeepsDepotFiles => ingest is not null;

    public async Task<ImageAdded> AddAsync(long organisationId, long objectId, Stream content, string? fileName, string caption, Actor actor, CancellationToken ct)
    {
        if (ingest is null) return await store.AddAsync(organisationId, objectId, content, fileName, caption, actor, ct);
        // The object first: nothing is ingested for an object outside the organisation.
        _ = await records.GetAsync<CollectionObject>(organisationId, objectId, ct);
        var head = new byte[HeadBytes];
        var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (length == 0) return Refused(ImageRefusal.Empty);
        if (ImageHeader.Read(new MemoryStream(head, 0, length, writable: false)) is not { } info) return Refused(ImageRefusal.NotAnImage);

        var maxBytes = store.Files.Options.MaxImageBytes;
        await using var whole = new HeadAndRestStream(head.AsMemory(0, length), content, maxBytes);
        IngestResult result;
        try
        {
            result = await ingest.IngestAsync(organisationId, new IngestRequest(ObjectImageStore.SafeName(fileName), ObjectId: objectId, Caption: caption),
                whole, actor, ct);
        }
        catch (HeadAndRestStream.TooLongException)
        {
            return Refused(ImageRefusal.TooLarge(maxBytes));
        }
        if (result.File is not { } file)
            return Refused(new ImageRefusal(422, result.Refusal?.MessageNl ?? "Het bestand werd niet aanvaard.", result.Refusal?.MessageEn ?? "The file was not accepted."));
        var added = await store.AddFileAsync(organisationId, objectId, file, info.Width, info.Height, caption, actor, ct);
        await scheduler.ScheduleAsync(organisationId, file.Id, ct);
        return added;
    }

    private static ImageAdded Refused(ImageRefusal refusal) => new(null, false, refusal);
}
