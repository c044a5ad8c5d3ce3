using System.Runtime.CompilerServices;
using System.Text.Unicode;
using CsvHelper;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// Reads a CSV file row by row with CsvHelper (RFC 4180 quoting: delimiters, quotes and line
/// breaks inside quoted cells), the header row naming the columns and a <see cref="CsvMapping"/>
/// saying which field each fills. UTF-8 with or without BOM and UTF-16 with BOM are read;
/// bytes that are not UTF-8 (a file Excel saved as "CSV" in Windows-1252) stop the import with
/// the line and the advice to save as UTF-8, rather than importing mangled accents.
/// </summary>
/// <param name="mapping">Which column fills which field; the delimiter and the repeat separator.</param>
/// <param name="language">The language of titles and term labels in the file.</param>
public sealed class CsvReader(CsvMapping mapping, string language = "nl") : ISourceReader
{
    /// <summary>A row longer than this is not a spreadsheet row but an unclosed quote swallowing the file.</summary>
    private const int MaxRecordBytes = 16 * 1024 * 1024;

    public SourceFormat Format => SourceFormat.Csv;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = mapping.Delimiter is { Length: > 0 } d ? d[0] : ';',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MaxRecordSize = MaxRecordBytes,
        };
        await using var csv = CsvHelper.CsvReader.Create(source, options, leaveOpen: true);
        var headers = await Guard(fileName, null, async () =>
        {
            await csv.ReadHeaderAsync(ct).ConfigureAwait(false);
            return csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        }).ConfigureAwait(false);
        if (headers.Count == 0 || headers.TrueForAll(h => h.Length == 0))
            throw new SourceFormatException(fileName, null, null, null,
                "het bestand is leeg: er is geen kopregel met kolomnamen.", "the file is empty: there is no header row with column names.");
        if (headers.Exists(h => h.Contains('\uFFFD', StringComparison.Ordinal))) throw NotUtf8(fileName, 1);
        var columns = CsvColumns.Resolve(mapping, headers, fileName, 1);
        long position = 0;
        while (await Guard(fileName, position + 1, () => csv.ReadAsync(ct).AsTask()).ConfigureAwait(false))
        {
            var line = csv.LineNumber;
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                if (!Utf8.IsValid(csv.GetSpan(i))) throw NotUtf8(fileName, (int)line);
                cells[i] = csv.GetString(i);
            }
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace)) continue;
            position++;
            if (position <= skip) continue;
            yield return CsvRowMapper.Map(columns, cells, position, (int)line, language, serialDates: false);
        }
    }

    private static async Task<T> Guard<T>(string fileName, long? record, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (CsvFormatException ex)
        {
            throw new SourceFormatException(fileName, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, record,
                "het CSV-bestand is niet te lezen (een aanhalingsteken wordt niet gesloten of een rij is te lang): " + ex.Message,
                "the CSV file cannot be read (a quote is never closed or a row is too long): " + ex.Message, ex);
        }
    }

    private static SourceFormatException NotUtf8(string fileName, int line) => new(fileName, line, null, null,
        "het bestand is geen geldige UTF-8-tekst (waarschijnlijk bewaard als Windows-1252/ANSI). Bewaar het opnieuw als 'CSV UTF-8 (door komma's gescheiden)' en probeer opnieuw.",
        "the file is not valid UTF-8 text (probably saved as Windows-1252/ANSI). Save it again as 'CSV UTF-8 (comma delimited)' and try again.");
}
