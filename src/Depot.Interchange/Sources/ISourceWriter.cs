namespace Depot.Interchange.Sources;

/// <summary>
/// Writes records to an export file as a stream (CSV, XLSX, LIDO): one record at a time, so
/// exporting a whole organisation keeps memory flat.
/// </summary>
public interface ISourceWriter : IAsyncDisposable
{
    /// <summary>The file's media type, for downloads ("text/csv", "application/xml" …).</summary>
    string ContentType { get; }

    /// <summary>The usual file extension, with the dot (".csv", ".xlsx", ".xml").</summary>
    string Extension { get; }

    ValueTask WriteAsync(SourceRecord record, CancellationToken ct);

    /// <summary>Closes the document (end tags, the sheet's parts) and flushes; call once after the last record.</summary>
    ValueTask CompleteAsync(CancellationToken ct);
}
