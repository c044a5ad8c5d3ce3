using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Storage.Search;

namespace Depot.Interchange.Exporting;

/// <summary>The formats Depot exports objects to.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,

    /// <summary>LIDO 1.1 (<c>lido:lidoWrap</c>); the chosen fields do not apply: every field LIDO has a place for is written.</summary>
    Lido,
}

/// <summary>What to export: the objects (<see cref="Scope"/>), the file format, and for spreadsheets the columns and their headings.</summary>
public sealed record ExportRequest(ExportFormat Format, ObjectScope Scope, IReadOnlyList<string> Fields, ExportHeader Header = ExportHeader.Dutch);

/// <summary>
/// Writes an organisation's objects to a file in any format, streaming from the database to the
/// stream: used by the download on the web, the background job and <c>depot export</c>.
/// </summary>
public sealed class ObjectExport(ObjectSources sources)
{
    /// <summary>Above this many objects the web runs an export as a background job instead of in the request.</summary>
    public const int DirectLimit = 5_000;

    public Task<long> CountAsync(long organisationId, ObjectScope scope, CancellationToken ct) => sources.CountAsync(organisationId, scope, ct);

    /// <summary>
    /// The writer for a format. XLSX needs a seekable stream (see <see cref="XlsxSourceWriter"/>);
    /// <paramref name="recordSource"/> names the organisation in every LIDO record.
    /// </summary>
    public static ISourceWriter CreateWriter(ExportFormat format, Stream output, IReadOnlyList<string> fields, ExportHeader header, string recordSource) => format switch
    {
        ExportFormat.Csv => new CsvSourceWriter(output, fields, header, leaveOpen: true),
        ExportFormat.Xlsx => new XlsxSourceWriter(output, fields, header),
        ExportFormat.Lido => new LidoWriter(output, new LidoWriterOptions(recordSource)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>The file extension of a format, with the dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Xlsx => ".xlsx",
        ExportFormat.Lido => ".xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>The media type of a format's files.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Lido => "application/xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>
    /// Writes every object of the request's scope to <paramref name="output"/> (left open) and returns how many.
    /// <paramref name="progress"/> hears (done, total) after each page of objects.
    /// </summary>
    public async Task<long> WriteAsync(long organisationId, ExportRequest request, Stream output,
        Func<long, long, CancellationToken, Task>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = progress is null ? 0 : await sources.CountAsync(organisationId, request.Scope, ct);
        if (progress is not null) await progress(0, total, ct);
        long done = 0;
        var recordSource = request.Format == ExportFormat.Lido ? await sources.OrganisationNameAsync(organisationId, ct) : "";
        await using var writer = CreateWriter(request.Format, output, ExportColumns.Choose(request.Fields), request.Header, recordSource);
        await foreach (var record in sources.ReadAsync(organisationId, request.Scope, ct))
        {
            await writer.WriteAsync(record, ct);
            done++;
            if (progress is not null && done % ObjectSources.PageSize == 0)
                await progress(done, Math.Max(total, done), ct);
        }
        await writer.CompleteAsync(ct);
        if (progress is not null) await progress(done, done, ct);
        return done;
    }
}
