using System.Security.Cryptography;
using Depot.Preservation.Replicas;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.Replicas;

/// <summary>The folder store: content-addressed paths, complete-or-absent writes, no overwrite except a repair.</summary>
public sealed class FolderReplicaStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (FolderReplicaStore Store, string Root) NewStore()
    {
        var root = Directory.CreateTempSubdirectory("depot-folder-store-").FullName;
        return (new FolderReplicaStore("local-a", root), root);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Put_stores_the_bytes_under_their_hash_and_reads_them_back()
    {
        var (store, root) = NewStore();
        var bytes = Bytes.Random(3_000_000, 1);
        var sha = Sha(bytes);

        await store.PutAsync(sha, new MemoryStream(bytes), bytes.Length, Ct);

        Assert.Equal(Path.Combine(root, sha[..2], sha + ".bin"), store.PathOf(sha));
        await using var read = await store.OpenReadAsync(sha, Ct);
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(await store.ExistsAsync(sha, Ct));
        // No temporary file is left beside the copy.
        Assert.Equal([store.PathOf(sha)], Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Put_never_overwrites_but_replace_does()
    {
        var (store, _) = NewStore();
        var bytes = Bytes.Random(1000, 2);
        var sha = Sha(bytes);
        await store.PutAsync(sha, new MemoryStream(bytes), bytes.Length, Ct);
        var other = Bytes.Random(1000, 3);

        await store.PutAsync(sha, new MemoryStream(other), other.Length, Ct);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.PathOf(sha), Ct));

        await store.ReplaceAsync(sha, new MemoryStream(other), other.Length, Ct);
        Assert.Equal(other, await File.ReadAllBytesAsync(store.PathOf(sha), Ct));
    }

    [Fact]
    public async Task A_failed_write_leaves_neither_the_copy_nor_a_temporary_file()
    {
        var (store, root) = NewStore();
        var sha = Sha([1, 2, 3]);

        await Assert.ThrowsAsync<IOException>(() => store.PutAsync(sha, new BrokenStream(), 10_000_000, Ct));

        Assert.False(await store.ExistsAsync(sha, Ct));
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_copy_reads_as_null_and_deletes_quietly()
    {
        var (store, _) = NewStore();
        var sha = Sha([9]);
        Assert.Null(await store.OpenReadAsync(sha, Ct));
        Assert.False(await store.ExistsAsync(sha, Ct));
        await store.DeleteAsync(sha, Ct);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void A_key_that_is_not_a_lower_case_sha256_is_refused(string key) =>
        Assert.Throws<ArgumentException>(() => NewStore().Store.PathOf(key));

    private sealed class BrokenStream : Stream
    {
        private int reads;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => ++reads > 3 ? throw new IOException("cut") : count;
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
