using System.IO.Compression;

namespace Depot.Preservation.Packages;

/// <summary>
/// Unpacks an uploaded zip into a fresh folder, refusing what could write outside it or fill the
/// disk: absolute paths, drive letters, <c>..</c> segments, symbolic links, duplicate names, more
/// than <see cref="PreservationOptions.MaxUnpackedBytes"/> in total, or an entry that inflates more
/// than <see cref="PreservationOptions.MaxCompressionRatio"/> times. The declared sizes are checked
/// before anything is written and the real bytes are counted while inflating, since a zip can lie
/// about its sizes. A refused zip leaves nothing behind.
/// </summary>
public static class SafeUnzip
{
    /// <summary>Entries smaller than this are not held to the ratio: a kilobyte of spaces compresses a thousandfold and harms no one.</summary>
    private const long RatioFloor = 1024 * 1024;

    public static async Task ExtractAsync(string zipPath, string destination, long maxUnpackedBytes, int maxRatio, CancellationToken ct)
    {
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        try
        {
            using var zip = OpenZip(zipPath);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                Check(entry, root, names);
                declared += entry.Length;
            }
            if (declared > maxUnpackedBytes) throw TooLarge(maxUnpackedBytes);
            long total = 0;
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var input = entry.Open();
                await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
                var block = new byte[64 * 1024];
                long written = 0;
                int read;
                while ((read = await input.ReadAsync(block, ct)) > 0)
                {
                    written += read;
                    total += read;
                    if (total > maxUnpackedBytes) throw TooLarge(maxUnpackedBytes);
                    if (written > RatioFloor && written > (long)maxRatio * Math.Max(1, entry.CompressedLength)) throw Bomb(entry.FullName, maxRatio);
                    await output.WriteAsync(block.AsMemory(0, read), ct);
                }
            }
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    private static ZipArchive OpenZip(string zipPath)
    {
        try
        {
            return ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException)
        {
            throw new PackageRefusedException(new("not-a-zip", "Dit bestand is geen leesbaar zip-bestand.", "This file is not a readable zip."));
        }
    }

    private static void Check(ZipArchiveEntry entry, string root, HashSet<string> names)
    {
        var name = entry.FullName;
        if (BagPaths.Unsafe(name.TrimEnd('/')) || name.Contains('\\', StringComparison.Ordinal))
            throw new PackageRefusedException(new("unsafe-path",
                $"Het zip-bestand bevat een onveilig pad ('{name}'): absolute paden en '..' worden geweigerd.",
                $"The zip holds an unsafe path ('{name}'): absolute paths and '..' are refused."));
        // Unix mode bits in the high half of the external attributes: 0xA000 is a symbolic link.
        if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
            throw new PackageRefusedException(new("symlink",
                $"Het zip-bestand bevat een symbolische koppeling ('{name}'); die worden geweigerd.",
                $"The zip holds a symbolic link ('{name}'); links are refused."));
        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != root)
            throw new PackageRefusedException(new("unsafe-path", $"'{name}' zou buiten de uitpakmap terechtkomen.", $"'{name}' would land outside the unpacking folder."));
        if (!name.EndsWith('/') && !names.Add(name))
            throw new PackageRefusedException(new("duplicate-entry", $"'{name}' staat twee keer in het zip-bestand.", $"'{name}' is in the zip twice."));
    }

    private static PackageRefusedException TooLarge(long max) => new(new("too-large",
        $"Uitgepakt zou het pakket groter worden dan de grens van {max} bytes; het is niet uitgepakt.",
        $"Unpacked, the package would exceed the limit of {max} bytes; it was not unpacked."));

    private static PackageRefusedException Bomb(string name, int ratio) => new(new("compression-ratio",
        $"'{name}' pakt meer dan {ratio} keer zijn gecomprimeerde grootte uit (een zip-bom?); het pakket is geweigerd.",
        $"'{name}' inflates to more than {ratio} times its compressed size (a zip bomb?); the package was refused."));
}
