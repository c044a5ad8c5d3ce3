using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Icc;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using Directory = MetadataExtractor.Directory;

namespace Depot.Preservation.Characterisation;

/// <summary>
/// The colour space, most specific evidence first: the embedded ICC profile's description, EXIF
/// ColorSpace (with the Adobe RGB interoperability index), then what the pixel layout says
/// (JPEG components, PNG colour type, TIFF photometric interpretation).
/// </summary>
internal static class ColourSpaces
{
    public static string Of(IReadOnlyList<Directory> directories)
    {
        if (directories.OfType<IccDirectory>().FirstOrDefault()?.GetDescription(IccDirectory.TagTagDesc) is { Length: > 0 } icc)
            return Named(icc);
        var exifSpace = directories.OfType<ExifSubIfdDirectory>().Select(d => d.TryGetInt32(ExifDirectoryBase.TagColorSpace, out var v) ? v : (int?)null).FirstOrDefault(v => v is not null);
        if (exifSpace == 1) return "sRGB";
        if (exifSpace == 65535 && directories.OfType<ExifInteropDirectory>().Any(d => d.GetString(ExifDirectoryBase.TagInteropIndex) == "R03")) return "Adobe RGB";
        foreach (var directory in directories)
        {
            switch (directory)
            {
                case JpegDirectory jpeg when jpeg.TryGetInt32(JpegDirectory.TagNumberOfComponents, out var components):
                    return components switch { 1 => "Grey", 3 => "RGB", 4 => "CMYK", _ => "" };
                case PngDirectory png when png.TryGetInt32(PngDirectory.TagColorType, out var type):
                    return type is 0 or 4 ? "Grey" : directories.Any(d => d.Name == "PNG-sRGB") ? "sRGB" : "RGB";
                case ExifIfd0Directory ifd0 when ifd0.TryGetInt32(ExifDirectoryBase.TagPhotometricInterpretation, out var photometric):
                    return photometric switch { 0 or 1 => "Grey", 2 or 6 => "RGB", 5 => "CMYK", 8 or 9 or 10 => "Lab", _ => "" };
            }
        }
        return "";
    }

    /// <summary>"sRGB IEC61966-2.1" → sRGB, "Adobe RGB (1998)" → Adobe RGB, other profiles by their own name.</summary>
    private static string Named(string description)
    {
        var d = description.Trim();
        if (d.Contains("sRGB", StringComparison.OrdinalIgnoreCase)) return "sRGB";
        if (d.Contains("Adobe RGB", StringComparison.OrdinalIgnoreCase)) return "Adobe RGB";
        if (d.Contains("Gray", StringComparison.OrdinalIgnoreCase) || d.Contains("Grey", StringComparison.OrdinalIgnoreCase)) return "Grey";
        return d.Length > 100 ? d[..100] : d;
    }
}
