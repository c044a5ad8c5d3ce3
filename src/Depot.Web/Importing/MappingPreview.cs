using Depot.Interchange.Csv;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;

namespace Depot.Web.Importing;

/// <summary>
/// What the mapping page shows of a CSV or XLSX file: its columns (read with an empty mapping, so every
/// column comes back as a kept field named by its header) and its first records read with a mapping.
/// </summary>
public sealed class MappingPreview(ImportComponents components, ImportFiles files)
{
    /// <summary>Records read to find the columns: a column empty in all of them is not listed (and is kept verbatim when it has values).</summary>
    private const int ColumnSample = 50;

    public const int PreviewRows = 5;

    private static readonly string[] Delimiters = [";", ",", "\t", "|"];

    public async Task<IReadOnlyList<string>> ColumnsAsync(ImportUpload upload, string delimiter, string sheet, CancellationToken ct)
    {
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in await ReadAsync(upload, new CsvMapping([], delimiter, "|", sheet), ColumnSample, ct))
            foreach (var kept in record.Kept)
                if (seen.Add(kept.Path))
                    columns.Add(kept.Path);
        return columns;
    }

    public Task<IReadOnlyList<SourceRecord>> PreviewAsync(ImportUpload upload, CsvMapping mapping, CancellationToken ct) =>
        ReadAsync(upload, mapping, PreviewRows, ct);

    /// <summary>The delimiter the file's first line suggests: the most frequent of ";", ",", tab and "|" (";" when none).</summary>
    public string GuessDelimiter(ImportUpload upload)
    {
        using var reader = new StreamReader(files.FullPath(upload.StoredPath));
        var buffer = new char[16 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var first = new string(buffer, 0, read).Split('\n')[0];
        return Delimiters.OrderByDescending(d => first.Count(c => c == d[0])).ThenBy(d => d == ";" ? 0 : 1)
            .FirstOrDefault(d => first.Contains(d, StringComparison.Ordinal)) ?? ";";
    }

    private async Task<IReadOnlyList<SourceRecord>> ReadAsync(ImportUpload upload, CsvMapping mapping, int take, CancellationToken ct)
    {
        var reader = components.Reader(ImportRuns.FormatOf(upload), mapping);
        await using var stream = new FileStream(files.FullPath(upload.StoredPath), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var records = new List<SourceRecord>();
        await foreach (var record in reader.ReadAsync(stream, upload.FileName, 0, ct))
        {
            records.Add(record);
            if (records.Count >= take) break;
        }
        return records;
    }
}
