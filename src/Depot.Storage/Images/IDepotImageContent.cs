namespace Depot.Storage.Images;

/// <summary>
/// The bytes of an object image the digital depot keeps (<c>ObjectImage.FileId</c> set), read from
/// one of its replicas; implemented by the depot, which this project cannot reference.
/// </summary>
public interface IDepotImageContent
{
    /// <summary>The original's bytes, or null when no replica has them.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken ct);
}
