using System.Security.Cryptography;
using Depot.Network.Http;

namespace Depot.Network.Files;

/// <summary>
/// A source's file, downloaded through <see cref="HarvestHttp"/> (bounded in size and time) to a temporary file
/// that is deleted when disposed, and hashed (SHA-256) on the way: a file that has not changed since the last
/// pass is recognised by its ETag (304) or by its hash, and never read again.
/// </summary>
internal sealed class DownloadedFile : IAsyncDisposable
{
    private DownloadedFile(string url, FileStream? content, string sha256, string? etag)
    {
        Url = url;
        this.content = content;
        Sha256 = sha256;
        ETag = etag;
    }

    private readonly FileStream? content;

    public string Url { get; }

    /// <summary>The server answered 304 to the saved ETag: the file is the one harvested last time.</summary>
    public bool NotModified => content is null;
    public string Sha256 { get; }
    public string? ETag { get; }

    /// <summary>The file from its first byte.</summary>
    public Stream Open()
    {
        var stream = content ?? throw new InvalidOperationException("A file that was not modified has no content.");
        stream.Position = 0;
        return stream;
    }

    public static async Task<DownloadedFile> FetchAsync(HarvestHttp http, string url, string accept, string? etag, CancellationToken ct)
    {
        await using var response = await http.GetAsync(url, accept, ct, etag);
        if (response.Status == System.Net.HttpStatusCode.NotModified) return new DownloadedFile(url, null, "", etag);
        var path = Path.Combine(Path.GetTempPath(), "depot-harvest-" + Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            int n;
            while ((n = await response.Body.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), ct);
            }
            await file.FlushAsync(ct);
            return new DownloadedFile(response.Url.AbsoluteUri, file, Convert.ToHexStringLower(sha.GetHashAndReset()), response.ETag);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (content is not null) await content.DisposeAsync();
    }
}
