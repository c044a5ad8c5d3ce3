namespace Depot.Preservation.Formats;

/// <summary>
/// The last resort when no DROID signature file is configured: common heritage formats by extension,
/// so ingest still records a plausible PUID and MIME type (basis <c>extension</c>, with a warning).
/// </summary>
internal static class ExtensionTable
{
    private static readonly Dictionary<string, (string Puid, string Name, string Version, string Mime)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = ("fmt/43", "JPEG File Interchange Format", "1.01", "image/jpeg"),
        ["jpeg"] = ("fmt/43", "JPEG File Interchange Format", "1.01", "image/jpeg"),
        ["png"] = ("fmt/11", "Portable Network Graphics", "1.0", "image/png"),
        ["tif"] = ("fmt/353", "Tagged Image File Format", "", "image/tiff"),
        ["tiff"] = ("fmt/353", "Tagged Image File Format", "", "image/tiff"),
        ["gif"] = ("fmt/4", "Graphics Interchange Format", "89a", "image/gif"),
        ["jp2"] = ("x-fmt/392", "JP2 (JPEG 2000 part 1)", "", "image/jp2"),
        ["webp"] = ("fmt/567", "WebP", "", "image/webp"),
        ["svg"] = ("fmt/92", "Scalable Vector Graphics", "1.1", "image/svg+xml"),
        ["pdf"] = ("fmt/276", "Acrobat PDF 1.7 - Portable Document Format", "1.7", "application/pdf"),
        ["txt"] = ("x-fmt/111", "Plain Text File", "", "text/plain"),
        ["csv"] = ("x-fmt/18", "Comma Separated Values", "", "text/csv"),
        ["xml"] = ("fmt/101", "Extensible Markup Language", "1.0", "text/xml"),
        ["html"] = ("fmt/96", "Hypertext Markup Language", "", "text/html"),
        ["htm"] = ("fmt/96", "Hypertext Markup Language", "", "text/html"),
        ["json"] = ("fmt/817", "JSON Data Interchange Format", "", "application/json"),
        ["doc"] = ("fmt/40", "Microsoft Word Document", "97-2003", "application/msword"),
        ["docx"] = ("fmt/412", "Microsoft Word for Windows", "2007 onwards", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ["xls"] = ("fmt/61", "Microsoft Excel 97 Workbook (xls)", "8", "application/vnd.ms-excel"),
        ["xlsx"] = ("fmt/214", "Microsoft Excel for Windows", "2007 onwards", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ["pptx"] = ("fmt/215", "Microsoft PowerPoint for Windows", "2007 onwards", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ["odt"] = ("fmt/291", "OpenDocument Text", "1.2", "application/vnd.oasis.opendocument.text"),
        ["epub"] = ("fmt/483", "ePub format", "", "application/epub+zip"),
        ["zip"] = ("x-fmt/263", "ZIP Format", "", "application/zip"),
        ["mp3"] = ("fmt/134", "MPEG 1/2 Audio Layer 3", "", "audio/mpeg"),
        ["wav"] = ("fmt/141", "Waveform Audio (PCMWAVEFORMAT)", "", "audio/x-wav"),
        ["mp4"] = ("fmt/199", "MPEG-4 Media File", "", "video/mp4"),
    };

    public static FormatIdentification Identify(string extension, string warning) =>
        Known.TryGetValue(extension, out var f)
            ? new FormatIdentification(f.Puid, f.Name, f.Version, f.Mime, "extension", [warning])
            : FormatIdentification.Unknown($"{warning}; .{extension} is not a known extension");
}
