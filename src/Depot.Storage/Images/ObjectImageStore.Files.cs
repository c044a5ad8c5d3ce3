using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;

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
        return await AddRowAsync(organisationId, objectId, i => i.FileId == file.Id || i.Sha256 == file.Sha256, new ObjectImage
        {
            FileName = SafeName(file.FileName),
            MediaType = file.MediaType,
            Width = width,
            Height = height,
            ByteLength = file.ByteLength,
            Sha256 = file.Sha256,
            FileId = file.Id,
            Caption = Cut(caption, 1000),
        }, actor, ct);
    }
}
