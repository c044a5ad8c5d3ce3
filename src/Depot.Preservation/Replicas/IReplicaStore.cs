namespace Depot.Preservation.Replicas;

/// <summary>
/// One independent place that keeps a copy of every content, addressed by its SHA-256 (lower-case hex).
/// A store never changes bytes it holds: <see cref="PutAsync"/> of a key that exists is a no-op,
/// except <see cref="ReplaceAsync"/>, which the repair uses on a copy found corrupt.
/// </summary>
public interface IReplicaStore
{
    /// <summary>The configured name recorded with copies and events.</summary>
    string Name { get; }

    /// <summary>Stores the bytes under the key; the write is complete or absent (temporary name, then rename / single PUT).</summary>
    Task PutAsync(string sha256, Stream content, long length, CancellationToken ct);

    /// <summary>Overwrites a corrupt copy with good bytes.</summary>
    Task ReplaceAsync(string sha256, Stream content, long length, CancellationToken ct);

    /// <summary>The copy's bytes, or null when this store has none.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct);

    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    Task DeleteAsync(string sha256, CancellationToken ct);
}
