namespace Depot.Interchange.Sources;

/// <summary>
/// Reads a source file as a stream of records, never the whole document at once, so memory
/// stays flat whatever the file size. A fault that makes the rest of the file unreadable
/// (malformed XML, wrong namespace, a DTD, an empty file) throws <see cref="SourceFormatException"/>;
/// a fault in one record is a <see cref="SourceIssue"/> on that record and reading goes on.
/// </summary>
public interface ISourceReader
{
    SourceFormat Format { get; }

    /// <param name="source">The file's bytes; the reader does not dispose it.</param>
    /// <param name="fileName">For messages only.</param>
    /// <param name="skip">Records to pass over without mapping them (to resume after the last committed batch).</param>
    /// <param name="ct">Stops reading.</param>
    IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, CancellationToken ct);
}

/// <summary>The file cannot be read on: names the file, the line (and column) or record, and what is wrong, in Dutch and English.</summary>
public sealed class SourceFormatException(string fileName, int? line, int? column, long? record, string nl, string en, Exception? inner = null)
    : Exception(en, inner)
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public int? Column { get; } = column;
    public long? Record { get; } = record;
    public string Nl { get; } = nl;
    public string En { get; } = en;

    /// <summary>"kmska.xml, regel 12, kolom 4: …" in the language asked for.</summary>
    public string Describe(bool dutch)
    {
        var where = dutch
            ? string.Join(", ", new[] { FileName, Line is int l ? $"regel {l}" : null, Column is int c ? $"kolom {c}" : null, Record is long r ? $"record {r}" : null }.Where(s => s is not null))
            : string.Join(", ", new[] { FileName, Line is int l2 ? $"line {l2}" : null, Column is int c2 ? $"column {c2}" : null, Record is long r2 ? $"record {r2}" : null }.Where(s => s is not null));
        return $"{where}: {(dutch ? Nl : En)}";
    }
}
