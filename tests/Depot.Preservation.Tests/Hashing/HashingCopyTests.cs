using System.Security.Cryptography;
using Depot.Preservation.Hashing;
using Depot.Preservation.Tests.Support;

#pragma warning disable CA5351 // MD5 is the exchange checksum the depot computes, not a security measure.

namespace Depot.Preservation.Tests.Hashing;

/// <summary>The single pass: the copy and both digests agree with the reference implementations at every size.</summary>
public sealed class HashingCopyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(HashingCopy.BufferBytes - 1)]
    [InlineData(HashingCopy.BufferBytes)]
    [InlineData(7 * HashingCopy.BufferBytes + 12345)]
    public async Task Copy_and_both_digests_match_the_bytes(int length)
    {
        var bytes = Bytes.Random(length, length);
        var copy = new MemoryStream();

        var digest = await HashingCopy.CopyAsync(new MemoryStream(bytes), copy, long.MaxValue, Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), digest.Sha256);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), digest.Md5);
        Assert.Equal(length, digest.Length);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_source_that_gives_a_few_bytes_at_a_time_hashes_the_same()
    {
        var bytes = Bytes.Random(3 * HashingCopy.BufferBytes + 77, 5);

        var digest = await HashingCopy.CopyAsync(new Trickle(bytes, 1000), null, long.MaxValue, Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), digest.Sha256);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), digest.Md5);
    }

    [Fact]
    public async Task More_than_the_limit_stops_the_copy()
    {
        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() =>
            HashingCopy.CopyAsync(new MemoryStream(Bytes.Random(2 * HashingCopy.BufferBytes, 1)), new MemoryStream(), HashingCopy.BufferBytes + 10, Ct));
        Assert.Equal(HashingCopy.BufferBytes + 10, error.MaxBytes);
    }

    [Fact]
    public async Task A_source_that_breaks_midway_fails_the_copy_with_its_error()
    {
        var error = await Assert.ThrowsAsync<IOException>(() =>
            HashingCopy.CopyAsync(new Trickle(Bytes.Random(4 * HashingCopy.BufferBytes, 2), 65536, failAfter: 2 * HashingCopy.BufferBytes), new MemoryStream(), long.MaxValue, Ct));
        Assert.Equal("connection reset", error.Message);
    }

    [Fact]
    public async Task A_destination_that_fails_stops_the_reader()
    {
        var error = await Assert.ThrowsAsync<IOException>(() =>
            HashingCopy.CopyAsync(new MemoryStream(Bytes.Random(20 * HashingCopy.BufferBytes, 3)), new FullDisk(), long.MaxValue, Ct));
        Assert.Equal("disk full", error.Message);
    }

    /// <summary>A network-like source: small reads, and optionally a broken connection.</summary>
    private sealed class Trickle(byte[] bytes, int chunk, long failAfter = long.MaxValue) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= failAfter) throw new IOException("connection reset");
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
        }
    }

    private sealed class FullDisk : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Length > HashingCopy.BufferBytes ? throw new IOException("disk full") : base.WriteAsync(buffer, cancellationToken);
    }
}
