using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

/// <summary>
/// Reads LIDO 1.0 and 1.1: a single <c>lido:lido</c>, a <c>lido:lidoWrap</c>, or an OAI-PMH
/// response (ListRecords / GetRecord) whose metadata is LIDO. Streams with <see cref="XmlReader"/>
/// and builds a small tree for one record at a time, so memory stays flat with file size.
/// DTDs are refused and external entities never resolved.
/// </summary>
/// <param name="schemas">When given (see <see cref="LidoSchemas.Load"/>), every record is validated
/// against the LIDO XSD and each fault becomes an Error issue on that record.</param>
public sealed class LidoReader(XmlSchemaSet? schemas = null) : ISourceReader
{
    private const int MaxSchemaIssues = 20;
    private CountingStream? counter;

    public SourceFormat Format => SourceFormat.Lido;

    /// <summary>Bytes of the current (or last) file read so far, for progress; a few KB ahead of the record.</summary>
    public long BytesRead => Volatile.Read(ref counter)?.BytesRead ?? 0;

    internal static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var record in Read(source, fileName, skip, ct))
            yield return record;
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The same records as <see cref="ReadAsync"/>, synchronously (for tools and benchmarks).</summary>
    public IEnumerable<SourceRecord> Read(Stream source, string fileName, long skip, CancellationToken ct)
    {
        var counting = new CountingStream(source);
        Volatile.Write(ref counter, counting);
        using var xml = XmlReader.Create(counting, Settings);
        var cursor = new LidoCursor(xml, fileName, counting);
        cursor.Start();
        long position = 0;
        while (cursor.MoveToRecord(position + 1))
        {
            ct.ThrowIfCancellationRequested();
            position++;
            if (position <= skip)
            {
                cursor.Skip(position);
                continue;
            }
            var line = cursor.Line;
            var element = cursor.ReadRecord(position);
            var mapped = LidoRecordMapper.Map(element, position, line);
            yield return schemas is null ? mapped : Validate(element, mapped);
        }
    }

    private SourceRecord Validate(XElement element, SourceRecord record)
    {
        var faults = new List<SourceIssue>();
        var document = new XDocument(element);
        document.Validate(schemas!, (sender, e) =>
        {
            if (faults.Count >= MaxSchemaIssues) return;
            var field = sender is XObject x ? LidoPaths.Of(x) : "lido:lido";
            faults.Add(new SourceIssue(e.Severity == XmlSeverityType.Error ? IssueSeverity.Error : IssueSeverity.Warning, field,
                $"Het record voldoet niet aan het LIDO-schema bij {field}: {e.Message}",
                $"The record does not match the LIDO schema at {field}: {e.Message}"));
        });
        return faults.Count == 0 ? record : record with { Issues = [.. record.Issues, .. faults] };
    }
}
