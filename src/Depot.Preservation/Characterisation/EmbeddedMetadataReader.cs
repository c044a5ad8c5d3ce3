using MetadataExtractor;
using MetadataExtractor.Formats.Xmp;
using Directory = MetadataExtractor.Directory;

namespace Depot.Preservation.Characterisation;

/// <summary>
/// EXIF, IPTC, XMP, ICC and the image headers through MetadataExtractor, as directory → tag → text.
/// Binary blobs are dropped and the whole is capped (<see cref="MaxChars"/>), so a file with megabytes
/// of maker notes cannot bloat the database; whatever goes wrong gives <see cref="EmbeddedMetadata.None"/>.
/// </summary>
internal sealed class EmbeddedMetadataReader : IEmbeddedMetadataReader
{
    /// <summary>About 64 KB of JSON: enough for every useful tag of a camera or scanner file.</summary>
    public const int MaxChars = 64 * 1024;
    private const int MaxValueChars = 2000;

    // Not embedded metadata but MetadataExtractor's view of the file itself.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "File", "File Type" };

    public EmbeddedMetadata Read(Stream content, string fileName)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(content);
            if (directories.Count == 0) return EmbeddedMetadata.None;
            var (width, height) = Dimensions.Of(directories);
            var groups = Groups(directories);
            if (groups.Count == 0 && width is null) return EmbeddedMetadata.None;
            return new EmbeddedMetadata(width, height, ColourSpaces.Of(directories), groups);
        }
#pragma warning disable CA1031 // The contract: an unreadable file is "no metadata", never a failed ingest.
        catch (Exception)
#pragma warning restore CA1031
        {
            return EmbeddedMetadata.None;
        }
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Groups(IReadOnlyList<Directory> directories)
    {
        var groups = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var budget = MaxChars;
        foreach (var directory in directories)
        {
            if (Skipped.Contains(directory.Name)) continue;
            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in Tags(directory))
            {
                var text = value.Length > MaxValueChars ? value[..MaxValueChars] + "…" : value;
                var cost = name.Length + text.Length + 8;
                if (cost > budget) break;
                if (tags.TryAdd(name, text)) budget -= cost;
            }
            if (tags.Count == 0) continue;
            var key = directory.Name;
            for (var n = 2; groups.ContainsKey(key); n++) key = $"{directory.Name} ({n})";
            groups[key] = tags;
            budget -= key.Length + 8;
        }
        return groups;
    }

    private static IEnumerable<(string Name, string Value)> Tags(Directory directory)
    {
        foreach (var tag in directory.Tags)
        {
            if (directory.GetObject(tag.Type) is byte[] { Length: > 64 }) continue; // thumbnails, maker notes, raw profiles
            if (tag.Description is { Length: > 0 } description && !description.Contains('\0', StringComparison.Ordinal))
                yield return (tag.Name, description.Trim());
        }
        if (directory is XmpDirectory xmp)
            foreach (var (path, value) in xmp.GetXmpProperties())
                if (value.Length > 0) yield return (path, value);
    }
}
