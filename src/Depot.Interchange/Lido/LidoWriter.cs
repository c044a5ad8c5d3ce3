using System.Text;
using System.Xml;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

/// <summary>Who the exported records come from and the language of their metadata.</summary>
/// <param name="RecordSource">The organisation named as lido:recordSource of every record.</param>
/// <param name="Language">xml:lang of descriptive and administrative metadata ("nl").</param>
/// <param name="Indent">Indent the XML for people to read; off makes files about a third smaller.</param>
public sealed record LidoWriterOptions(string RecordSource, string Language = "nl", bool Indent = true);

/// <summary>
/// Writes LIDO 1.1 (<c>lido:lidoWrap</c>) one record at a time: each record is built in a small
/// buffer and copied to the output asynchronously, so memory stays flat and the output may be a
/// response body that refuses synchronous writes. Writes every field <see cref="SourceObject"/>
/// models that LIDO has a place for; kept fields (<see cref="SourceRecord.Kept"/>) are not written.
/// Not written because LIDO 1.1 has no matching element: NumberOfParts, Condition, ConditionNote,
/// Acquisition and CurrentLocation.
/// </summary>
public sealed partial class LidoWriter : ISourceWriter
{
    private const string TermUri = "http://terminology.lido-schema.org/lido00099";
    private readonly Stream output;
    private readonly LidoWriterOptions options;
    private readonly MemoryStream buffer = new();
    private readonly XmlWriter xml;
    private bool completed;

    public LidoWriter(Stream output, LidoWriterOptions options)
    {
        this.output = output;
        this.options = options;
        xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = options.Indent, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("lido", "lidoWrap", LidoNames.Lido);
        xml.WriteAttributeString("xmlns", "xsi", null, LidoNames.Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", LidoNames.Xsi, $"{LidoNames.Lido} http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd");
    }

    public string ContentType => "application/xml";

    public string Extension => ".xml";

    public async ValueTask WriteAsync(SourceRecord record, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        WriteRecord(record);
        await DrainAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        if (completed) return;
        completed = true;
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await DrainAsync(ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        xml.Dispose();
        buffer.Dispose();
        return ValueTask.CompletedTask;
    }

    private async ValueTask DrainAsync(CancellationToken ct)
    {
        xml.Flush();
        if (buffer.Length == 0) return;
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    private void Start(string name) => xml.WriteStartElement("lido", name, LidoNames.Lido);

    private void End() => xml.WriteEndElement();

    private void Attr(string name, string value) => xml.WriteAttributeString("lido", name, LidoNames.Lido, value);

    private void Lang(string language) => xml.WriteAttributeString("xml", "lang", null, language);

    /// <summary>An identifier element: LIDO 1.1 requires its lido:type.</summary>
    private void Id(string name, string value, string type)
    {
        Start(name);
        Attr("type", type);
        xml.WriteString(value);
        End();
    }

    private void Text(string name, string value, string? language = null)
    {
        Start(name);
        if (language is not null) Lang(language);
        xml.WriteString(value);
        End();
    }
}
