using CsvHelper;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Exporting;

/// <summary>
/// Writes records as CSV, one row per object and one column per chosen field (<see cref="ExportColumns"/>),
/// in UTF-8 with a byte-order mark so Excel opens accents right. Fields with the delimiter, a quote or a
/// line break are quoted (RFC 4180). A row goes out as soon as it is written: memory stays flat.
/// </summary>
public sealed class CsvSourceWriter : ISourceWriter
{
    private readonly CsvWriter csv;
    private readonly IReadOnlyList<string> fields;
    private readonly ExportHeader header;
    private bool headed;

    /// <param name="output">Where the file goes.</param>
    /// <param name="fields"><see cref="Csv.CsvFields"/> keys, in column order.</param>
    /// <param name="header">Field labels in Dutch or English, or the keys.</param>
    /// <param name="delimiter">";" (usual in Flanders, what a Dutch Excel expects), "," or "\t".</param>
    /// <param name="leaveOpen">Keep <paramref name="output"/> open after disposing.</param>
    public CsvSourceWriter(Stream output, IReadOnlyList<string> fields, ExportHeader header = ExportHeader.Dutch, char delimiter = ';', bool leaveOpen = false)
    {
        this.fields = fields;
        this.header = header;
        csv = CsvWriter.Create(output, new CsvWriterOptions
        {
            Separator = delimiter,
            NewLine = "\r\n",
            WriteByteOrderMark = true,
            // A cell starting with = + or @ would run as a formula when the file is opened in a
            // spreadsheet: such cells get a leading apostrophe. Not "-": negative years must stay numbers.
            Injection = CsvInjection.Escape,
            InjectionCharacters = "=+@\t\r",
        }, leaveOpen);
    }

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => ".csv";

    public async ValueTask WriteAsync(SourceRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        await HeaderAsync(ct);
        foreach (var key in fields)
            csv.WriteField(ExportColumns.Cell(record.Object, key));
        await csv.EndRecordAsync(ct);
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await HeaderAsync(ct);
        await csv.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await csv.DisposeAsync();
    }

    private async Task HeaderAsync(CancellationToken ct)
    {
        if (headed) return;
        headed = true;
        foreach (var key in fields)
            csv.WriteField(ExportColumns.Heading(key, header));
        await csv.EndRecordAsync(ct);
    }
}
