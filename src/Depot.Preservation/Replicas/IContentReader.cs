namespace Depot.Preservation.Replicas;

/// <summary>Reads a stored content from the first replica that has it (for downloads, derivatives and packages).</summary>
public interface IContentReader
{
    /// <summary>The bytes of the content; throws <see cref="FileNotFoundException"/> when no replica has them.</summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken ct);
}
