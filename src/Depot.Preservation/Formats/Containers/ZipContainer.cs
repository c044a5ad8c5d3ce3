using System.IO.Compression;

namespace Depot.Preservation.Formats.Containers;

/// <summary>A zip read through its central directory; entries are inflated only as far as a signature needs.</summary>
internal sealed class ZipContainer : IContainer, IDisposable
{
    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.Ordinal);

    private ZipContainer(ZipArchive archive)
    {
        this.archive = archive;
        foreach (var entry in archive.Entries) entries.TryAdd(entry.FullName, entry);
    }

    /// <summary>The container, or null when the stream is not a readable zip.</summary>
    public static ZipContainer? Open(Stream stream)
    {
        try
        {
            stream.Position = 0;
            return new ZipContainer(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public IEnumerable<string> Paths => entries.Keys;

    public bool Has(string path) => entries.ContainsKey(path) || (path.EndsWith('/') && entries.Keys.Any(k => k.StartsWith(path, StringComparison.Ordinal)));

    public byte[]? Read(string path, int maxBytes)
    {
        if (!entries.TryGetValue(path, out var entry)) return null;
        try
        {
            using var content = entry.Open();
            var buffer = new byte[(int)Math.Min(maxBytes, Math.Max(entry.Length, 0))];
            var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    public void Dispose() => archive.Dispose();
}
