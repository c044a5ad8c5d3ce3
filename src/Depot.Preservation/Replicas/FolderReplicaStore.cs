namespace Depot.Preservation.Replicas;

/// <summary>
/// A replica in a local folder (or a mounted disk): <c>ab/abcdef….bin</c> under the root. A copy is
/// written under a temporary name in its final folder, flushed to disk, then renamed into place, so
/// a crash leaves either the whole copy or none (at most a stray temporary file, which nothing reads).
/// </summary>
internal sealed class FolderReplicaStore(string name, string root) : IReplicaStore
{
    private const string TempPrefix = ".part-";

    public string Name => name;
    public string Root => root;

    /// <summary>Where the copy of a content lives (for tests that damage one and for the bench).</summary>
    public string PathOf(string sha256)
    {
        ContentKey.Check(sha256);
        return Path.Combine(root, sha256[..2], sha256 + ".bin");
    }

    public Task PutAsync(string sha256, Stream content, long length, CancellationToken ct) =>
        File.Exists(PathOf(sha256)) ? Task.CompletedTask : WriteAsync(sha256, content, replace: false, ct);

    public Task ReplaceAsync(string sha256, Stream content, long length, CancellationToken ct) => WriteAsync(sha256, content, replace: true, ct);

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(sha256)));

    public Task DeleteAsync(string sha256, CancellationToken ct)
    {
        try
        {
            File.Delete(PathOf(sha256));
        }
        catch (DirectoryNotFoundException)
        {
            // Never written here: nothing to remove.
        }
        return Task.CompletedTask;
    }

    private async Task WriteAsync(string sha256, Stream content, bool replace, CancellationToken ct)
    {
        var final = PathOf(sha256);
        var folder = Path.GetDirectoryName(final)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, 1 << 20, ct);
                // The bytes reach the disk before the name does: after a power cut the name never points at a half copy.
                file.Flush(flushToDisk: true);
            }
            if (replace)
                File.Move(temp, final, overwrite: true);
            else if (!File.Exists(final))
                File.Move(temp, final, overwrite: false);
        }
        catch (IOException) when (!replace && File.Exists(final))
        {
            // Another ingest of the same bytes renamed its copy first: that copy is as good as ours.
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
