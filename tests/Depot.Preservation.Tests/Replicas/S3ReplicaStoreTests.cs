using System.Security.Cryptography;
using Depot.Preservation.Replicas;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.Replicas;

/// <summary>The S3 store against a real S3-protocol server (s3rver): byte-exact round trips, single and multipart.</summary>
public sealed class S3ReplicaStoreTests(S3Server server) : IClassFixture<S3Server>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private S3ReplicaStore NewStore(long threshold = 64L * 1024 * 1024) =>
        new(server.Store("s3", "depot-" + Guid.NewGuid().ToString("N")[..10])) { MultipartThreshold = threshold, PartBytes = 5 * 1024 * 1024 };

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<byte[]> ReadAsync(S3ReplicaStore store, string sha)
    {
        await using var stream = await store.OpenReadAsync(sha, Ct);
        Assert.NotNull(stream);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_small_content_goes_up_in_one_put_and_comes_back_byte_exact()
    {
        using var store = NewStore();
        var bytes = Bytes.Random(1_234_567, 11);
        var sha = Sha(bytes);

        await store.PutAsync(sha, new MemoryStream(bytes), bytes.Length, Ct);

        Assert.True(await store.ExistsAsync(sha, Ct));
        Assert.Equal(bytes, await ReadAsync(store, sha));
    }

    [Fact]
    public async Task A_large_content_goes_up_in_parts_and_comes_back_byte_exact()
    {
        using var store = NewStore(threshold: 6 * 1024 * 1024);
        var bytes = Bytes.Random(12 * 1024 * 1024 + 4321, 12);
        var sha = Sha(bytes);
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, bytes, Ct);

        await using (var file = File.OpenRead(path))
            await store.PutAsync(sha, file, bytes.Length, Ct);

        Assert.Equal(bytes, await ReadAsync(store, sha));
        File.Delete(path);
    }

    [Fact]
    public async Task Put_never_overwrites_replace_does_and_delete_removes()
    {
        using var store = NewStore();
        var bytes = Bytes.Random(5000, 13);
        var other = Bytes.Random(5000, 14);
        var sha = Sha(bytes);
        await store.PutAsync(sha, new MemoryStream(bytes), bytes.Length, Ct);

        await store.PutAsync(sha, new MemoryStream(other), other.Length, Ct);
        Assert.Equal(bytes, await ReadAsync(store, sha));
        await store.ReplaceAsync(sha, new MemoryStream(other), other.Length, Ct);
        Assert.Equal(other, await ReadAsync(store, sha));

        await store.DeleteAsync(sha, Ct);
        Assert.False(await store.ExistsAsync(sha, Ct));
        Assert.Null(await store.OpenReadAsync(sha, Ct));
    }
}
