using MetadataExtractor;
using Directory = MetadataExtractor.Directory;

namespace Depot.Preservation.Characterisation;

/// <summary>Pixel size from the image's own header first (JPEG SOF, PNG IHDR, GIF, BMP, WebP, TIFF IFD0), EXIF only as a fallback.</summary>
internal static class Dimensions
{
    private static readonly string[] Widths = ["Image Width", "Exif Image Width"];
    private static readonly string[] Heights = ["Image Height", "Exif Image Height"];

    public static (int? Width, int? Height) Of(IReadOnlyList<Directory> directories)
    {
        foreach (var pass in new[] { 0, 1 })
            foreach (var directory in directories)
            {
                var isExif = directory.Name.StartsWith("Exif", StringComparison.Ordinal);
                if (directory.Name.Contains("Thumbnail", StringComparison.Ordinal) || isExif != (pass == 1)) continue;
                if (Int(directory, Widths) is { } w && Int(directory, Heights) is { } h) return (w, h);
            }
        return (null, null);
    }

    private static int? Int(Directory directory, string[] names)
    {
        foreach (var tag in directory.Tags)
            if (names.Contains(tag.Name, StringComparer.Ordinal) && directory.TryGetInt32(tag.Type, out var value) && value > 0)
                return value;
        return null;
    }
}
