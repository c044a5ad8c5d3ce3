using System.Security.Cryptography;

namespace Depot.Preservation.Hashing;

/// <summary>SHA-256 of a stored copy, read in large blocks (the fixity audit's one read of each copy).</summary>
internal static class StreamHash
{
    public const int BlockBytes = 1 << 20;

    /// <summary>The lower-case hex SHA-256 and the number of bytes read; <paramref name="pace"/> is awaited after each block.</summary>
    public static async Task<(string Sha256, long Length)> Sha256Async(Stream content, Func<long, CancellationToken, ValueTask>? pace, CancellationToken ct)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            return await Sha256Async(content, buffer, pace, ct);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The same with the caller's buffer. A local file is read with plain blocking reads: each is a
    /// copy out of the page cache that the hash then waits for anyway, and the async path only adds a
    /// thread-pool hop per block, which on small files costs as much as the hashing.
    /// </summary>
    public static async Task<(string Sha256, long Length)> Sha256Async(Stream content, byte[] buffer, Func<long, CancellationToken, ValueTask>? pace, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var local = content is FileStream;
        long total = 0;
        int n;
        while ((n = local ? content.Read(buffer) : await content.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, n);
            total += n;
            if (pace is not null) await pace(n, ct);
            ct.ThrowIfCancellationRequested();
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), total);
    }
}
