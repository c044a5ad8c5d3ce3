using System.Runtime.CompilerServices;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// Reads an XLSX worksheet with the same <see cref="CsvMapping"/> as CSV: the first non-empty row
/// holds the headers, each later row is a record (its sheet row number is the line).
/// STYLE.md names ClosedXML for spreadsheets, but ClosedXML loads the whole workbook into
/// memory, which an import of a large collection cannot afford; this reader streams the sheet
/// with the Open XML SDK's SAX reader instead, after <see cref="XlsxPackageGuard"/> has refused
/// zip bombs and zip-slip names. Dates typed as dates arrive as serials and are read as such.
/// </summary>
/// <param name="mapping">Which column fills which field; <see cref="CsvMapping.Sheet"/> picks the sheet.</param>
/// <param name="language">The language of titles and term labels in the file.</param>
public sealed class XlsxReader(CsvMapping mapping, string language = "nl") : ISourceReader
{
    public SourceFormat Format => SourceFormat.Xlsx;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var temp = source.CanSeek ? null : await CopyToTempAsync(source, ct).ConfigureAwait(false);
        var input = temp ?? source;
        XlsxPackageGuard.Check(input, fileName);
        using var doc = Open(input, fileName);
        using var sheet = Guard(fileName, () => XlsxSheet.Open(doc, mapping.Sheet, fileName));
        CsvColumns? columns = null;
        long position = 0;
        while (Guard(fileName, sheet.Next) is var (row, cells))
        {
            ct.ThrowIfCancellationRequested();
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace)) continue;
            if (columns is null)
            {
                columns = CsvColumns.Resolve(mapping, cells.Select(c => c?.Trim() ?? "").ToList(), fileName, row);
                continue;
            }
            position++;
            if (position <= skip) continue;
            yield return CsvRowMapper.Map(columns, cells, position, row, language, serialDates: true);
        }
        if (columns is null)
            throw new SourceFormatException(fileName, null, null, null,
                "het werkblad is leeg: er is geen kopregel met kolomnamen.", "the worksheet is empty: there is no header row with column names.");
    }

    private static SpreadsheetDocument Open(Stream input, string fileName) => Guard(fileName, () =>
        SpreadsheetDocument.Open(input, false, new OpenSettings { MaxCharactersInPart = XlsxPackageGuard.MaxPartBytes }));

    private static T Guard<T>(string fileName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            var dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            throw new SourceFormatException(fileName, null, null, null,
                dtd ? "het XLSX-bestand bevat een DTD; die wordt om veiligheidsredenen geweigerd." : "het XLSX-bestand is beschadigd of geen Excel-werkmap: " + ex.Message,
                dtd ? "the XLSX file contains a DTD; it is refused for security." : "the XLSX file is damaged or not an Excel workbook: " + ex.Message, ex);
        }
    }

    /// <summary>A zip needs seeking; an upload stream is spooled to a temporary file that deletes itself.</summary>
    private static async Task<FileStream> CopyToTempAsync(Stream source, CancellationToken ct)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await source.CopyToAsync(temp, ct).ConfigureAwait(false);
        temp.Position = 0;
        return temp;
    }
}
