using System.Globalization;
using System.Security.Cryptography;
using Depot.Storage.Database;

namespace Depot.Storage.Images;

/// <summary>
/// The bytes of object images under the media folder, content-addressed:
/// <c>{organisation}/{sha256[0..2]}/{sha256}.{ext}</c>. A file is written to a temporary name while
/// it is hashed, checked, then moved into place, so a broken upload never becomes a file and equal
/// bytes are stored once per organisation. No path ever comes from input.
/// </summary>
public sealed class MediaFiles
{
    private const string TempFolder = ".incoming";

    public MediaFiles(MediaOptions options, DatabaseTarget database)
    {
        Options = options;
        Root = Path.GetFullPath(options.Directory.Length > 0 ? options.Directory : DefaultRoot(database));
    }

    public MediaOptions Options { get; }

    public string Root { get; }

    /// <summary>Streams <paramref name="content"/> into the store; refuses what is too large, empty, or not an accepted image.</summary>
    public async Task<StoredMedia> StoreAsync(long organisationId, Stream content, CancellationToken ct)
    {
        var incoming = Path.Combine(Root, TempFolder);
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long written = 0;
            ImageInfo? info;
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    written += read;
                    if (written > Options.MaxImageBytes) return StoredMedia.Refused(ImageRefusal.TooLarge(Options.MaxImageBytes));
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                if (written == 0) return StoredMedia.Refused(ImageRefusal.Empty);
                await target.FlushAsync(ct);
                info = ImageHeader.Read(target);
            }
            if (info is null) return StoredMedia.Refused(ImageRefusal.NotAnImage);
            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var relative = Path.Combine(organisationId.ToString(CultureInfo.InvariantCulture), sha[..2], sha + info.Extension);
            var final = FullPath(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final)) File.Move(temp, final, overwrite: true);
            return new StoredMedia(relative.Replace('\\', '/'), sha, written, info, null);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The absolute path of a stored file; a stored path that would lead outside the media folder is refused.</summary>
    public string FullPath(string storagePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, storagePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A media path points outside the media folder.");
        return full;
    }

    public void Delete(string storagePath)
    {
        var full = FullPath(storagePath);
        if (File.Exists(full)) File.Delete(full);
    }

    private static string DefaultRoot(DatabaseTarget database) =>
        database.SqliteFile is { } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder
            ? Path.Combine(folder, "media")
            : Path.Combine("data", "media");
}

/// <summary>A stored file (its path relative to the media folder, hash, length and header), or why it was refused.</summary>
public sealed record StoredMedia(string StoragePath, string Sha256, long Length, ImageInfo Image, ImageRefusal? Refusal)
{
    public static StoredMedia Refused(ImageRefusal refusal) => new("", "", 0, null!, refusal);
}
