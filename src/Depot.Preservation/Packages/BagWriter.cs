using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Depot.Preservation.Packages;

/// <summary>
/// Writes a BagIt 1.0 bag (RFC 8493), streaming: each payload file is copied once into the zip (or
/// folder) while its SHA-256 and MD5 are computed; the tag files (bagit.txt, bag-info.txt with
/// Payload-Oxum, the payload manifests, extra tag files) follow, then the tag manifests over them.
/// SHA-256 is the depot's own checksum; MD5 is what meemoo and many archives still exchange.
/// </summary>
public sealed class BagWriter : IAsyncDisposable
{
    public static readonly string[] Algorithms = ["sha256", "md5"];
    private readonly IBagTarget target;
    private readonly List<(string Path, Dictionary<string, string> Sums)> payload = [];
    private readonly List<(string Path, Dictionary<string, string> Sums)> tags = [];
    private long octets;
    private bool completed;

    private BagWriter(IBagTarget target) => this.target = target;

    /// <summary>A bag inside a zip, under one top folder named <paramref name="bagName"/> (as bagit tools unpack it).</summary>
    public static BagWriter ToZip(Stream output, string bagName) => new(new ZipTarget(output, bagName));

    /// <summary>A bag in a folder (created; must not hold another bag).</summary>
    public static BagWriter ToFolder(string folder) => new(new FolderTarget(folder));

    /// <summary>What has been written to the payload so far (<c>data/…</c> path and its checksums).</summary>
    public IReadOnlyList<(string Path, Dictionary<string, string> Sums)> Payload => payload;

    /// <summary>Adds a payload file at <c>data/<paramref name="path"/></c>, filled by <paramref name="write"/>; returns its checksums and length.</summary>
    public async Task<(Dictionary<string, string> Sums, long Length)> AddPayloadAsync(string path, bool compress, Func<Stream, Task> write, CancellationToken ct)
    {
        var full = "data/" + path;
        var (sums, length) = await WriteAsync(full, compress, write, ct);
        payload.Add((full, sums));
        octets += length;
        return (sums, length);
    }

    /// <summary>Adds a tag file of the bag's own (beside bagit.txt), covered by the tag manifests.</summary>
    public async Task AddTagFileAsync(string name, string content, CancellationToken ct)
    {
        var (sums, _) = await WriteAsync(name, true, s => s.WriteAsync(Encoding.UTF8.GetBytes(content), ct).AsTask(), ct);
        tags.Add((name, sums));
    }

    /// <summary>Writes the declaration, bag-info.txt (with Payload-Oxum and Bagging-Date added) and every manifest.</summary>
    public async Task CompleteAsync(IEnumerable<KeyValuePair<string, string>> info, DateTimeOffset now, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        completed = true;
        await TagAsync("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", ct);
        var lines = new StringBuilder();
        foreach (var (label, value) in info.Where(i => i.Value.Length > 0))
            lines.Append(label).Append(": ").Append(value.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        lines.Append(CultureInfo.InvariantCulture, $"Bagging-Date: {now.UtcDateTime:yyyy-MM-dd}\n");
        lines.Append(CultureInfo.InvariantCulture, $"Payload-Oxum: {octets}.{payload.Count}\n");
        await TagAsync("bag-info.txt", lines.ToString(), ct);
        foreach (var algorithm in Algorithms)
            await TagAsync($"manifest-{algorithm}.txt", Manifest(payload, algorithm), ct);
        foreach (var algorithm in Algorithms)
            await WriteAsync($"tagmanifest-{algorithm}.txt", true, s => s.WriteAsync(Encoding.UTF8.GetBytes(Manifest(tags, algorithm)), ct).AsTask(), ct);
    }

    public ValueTask DisposeAsync() => target.DisposeAsync();

    private async Task TagAsync(string name, string content, CancellationToken ct) => await AddTagFileAsync(name, content, ct);

    private static string Manifest(IEnumerable<(string Path, Dictionary<string, string> Sums)> files, string algorithm)
    {
        var text = new StringBuilder();
        foreach (var (path, sums) in files)
            text.Append(sums[algorithm]).Append("  ").Append(Encode(path)).Append('\n');
        return text.ToString();
    }

    /// <summary>RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded.</summary>
    private static string Encode(string path) => path.Replace("%", "%25", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal);

    private async Task<(Dictionary<string, string>, long)> WriteAsync(string path, bool compress, Func<Stream, Task> write, CancellationToken ct)
    {
        await using var inner = await target.CreateAsync(path, compress, ct);
        await using var hashing = new HashingStream(inner, Algorithms);
        await write(hashing);
        await hashing.FlushAsync(ct);
        return (hashing.Finish(), hashing.Length);
    }
}

/// <summary>Where a bag's files go.</summary>
internal interface IBagTarget : IAsyncDisposable
{
    Task<Stream> CreateAsync(string path, bool compress, CancellationToken ct);
}

internal sealed class ZipTarget(Stream output, string bagName) : IBagTarget
{
    private readonly ZipArchive zip = new(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    public Task<Stream> CreateAsync(string path, bool compress, CancellationToken ct) =>
        Task.FromResult(zip.CreateEntry($"{bagName}/{path}", compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression).Open());

    public ValueTask DisposeAsync()
    {
        zip.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class FolderTarget(string folder) : IBagTarget
{
    public Task<Stream> CreateAsync(string path, bool compress, CancellationToken ct)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return Task.FromResult<Stream>(new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
