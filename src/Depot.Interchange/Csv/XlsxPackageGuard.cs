using System.IO.Compression;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// Looks at an XLSX file's zip directory before anything is unpacked: a part that would unpack
/// to more than <see cref="MaxPartBytes"/>, or that unpacks to many times its packed size
/// (a zip bomb), and entry names that climb out of the package (<c>../</c>, absolute paths,
/// drive letters: "zip slip") are refused with a clear message. .NET's zip reader also stops
/// at an entry's declared size, so a directory that lies cannot unpack more than it admits.
/// </summary>
internal static class XlsxPackageGuard
{
    public const long MaxPartBytes = 512L * 1024 * 1024;
    private const long MaxTotalBytes = 2L * 1024 * 1024 * 1024;
    private const long RatioFloorBytes = 32L * 1024 * 1024;
    private const long MaxRatio = 200;
    private const int MaxEntries = 10_000;

    public static void Check(Stream seekable, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) throw Refused(fileName, $"bevat {zip.Entries.Count} onderdelen", $"holds {zip.Entries.Count} parts");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal)
                    || name.Split('/', '\\').Any(segment => segment == ".."))
                    throw Refused(fileName, $"bevat een onderdeel met een pad buiten het bestand ('{name}')", $"holds a part whose path points outside the file ('{name}')");
                total += entry.Length;
                var bomb = entry.Length > MaxPartBytes
                    || (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                    || total > MaxTotalBytes;
                if (bomb)
                    throw Refused(fileName, $"zou uitpakken tot {entry.Length / (1024 * 1024)} MB voor '{name}' (een zip-bom)", $"would unpack to {entry.Length / (1024 * 1024)} MB for '{name}' (a zip bomb)");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SourceFormatException(fileName, null, null, null,
                "dit is geen XLSX-bestand (geen geldig zip-pakket); bewaar het in Excel als 'Excel-werkmap (*.xlsx)'.",
                "this is not an XLSX file (not a valid zip package); save it from Excel as 'Excel Workbook (*.xlsx)'.", ex);
        }
        finally
        {
            seekable.Position = 0;
        }
    }

    private static SourceFormatException Refused(string fileName, string nl, string en) => new(fileName, null, null, null,
        $"het XLSX-bestand wordt geweigerd: het {nl}.", $"the XLSX file is refused: it {en}.");
}
