using Depot.Preservation.Replicas;
using Depot.Storage.Images;

namespace Depot.Preservation.Derivatives;

/// <summary>Object images kept as depot files are read from the replicas, like any depot file.</summary>
internal sealed class DepotImageContent(IContentReader? content = null) : IDepotImageContent
{
    public async Task<Stream?> OpenAsync(string sha256, CancellationToken ct)
    {
        if (content is null) return null;
        try
        {
            return await content.OpenReadAsync(sha256, ct);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
