using Depot.Preservation.Replicas;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// TEST STAND-IN for helper C's <see cref="IContentReader"/> (replace with the real one at the merge):
/// reads a content from one folder where it is stored under its SHA-256.
/// </summary>
public sealed class FolderContentReaderForTests(string folder) : IContentReader
{
/// TEST DOUBLE until helper C's replica stores are merged: reads contents from one folder by
/// SHA-256. The integrator replaces it with the real <see cref="IContentReader"/> registration.
/// </summary>
public sealed class FolderContentReaderForTests(string folder) : IContentReader
{
    public string Folder => folder;

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var path = Path.Combine(folder, sha256);
        if (!File.Exists(path)) throw new FileNotFoundException("No replica has this content.", sha256);
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous));
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true));
    }
}
