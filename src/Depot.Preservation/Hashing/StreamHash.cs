using System.Security.Cryptography;

namespace Depot.Preservation.Hashing;

/// <summary>SHA-256 of a stored copy, read in large blocks (the fixity audit's one read of each copy).</summary>
internal static class StreamHash
{
    private const int BlockBytes = 1 << 20;

    /// <summary>The lower-case hex SHA-256 and the number of bytes read; <paramref name="pace"/> is awaited after each block.</summary>
    public static async Task<(string Sha256, long Length)> Sha256Async(Stream content, Func<int, CancellationToken, ValueTask>? pace, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BlockBytes);
        long total = 0;
        try
        {
            int n;
            while ((n = await content.ReadAsync(buffer.AsMemory(0, BlockBytes), ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                total += n;
                if (pace is not null) await pace(n, ct);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), total);
    }
}
