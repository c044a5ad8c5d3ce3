using System.Globalization;
using System.Text;
using System.Xml;
using Depot.Core.Preservation;

namespace Depot.Preservation.Premis;

/// <summary>
/// Writes PREMIS 3 (<c>premis:premis</c>): an object per file (identifiers, SHA-256 and MD5 fixity,
/// size, format with its PRONOM key, original name, one storage per replica), then every event of
/// those files with its LOC event type, then the agents the events name (the Depot software and the
/// people, by e-mail). Each object or event is built in a small buffer and copied to the output
/// asynchronously, so the output may be a response body and memory stays flat with the log's length.
/// </summary>
public sealed partial class PremisWriter : IAsyncDisposable
{
    public const string Namespace = "http://www.loc.gov/premis/v3";
    public const string ContentType = "application/xml";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private readonly Stream output;
    private readonly MemoryStream buffer = new();
    private readonly XmlWriter xml;

    private PremisWriter(Stream output)
    {
        this.output = output;
        xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
    }

    /// <summary>Writes one PREMIS document describing <paramref name="files"/> (at least one) to <paramref name="output"/>, left open.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<PremisFile> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) throw new ArgumentException("A PREMIS document describes at least one object.", nameof(files));
        await using var writer = new PremisWriter(output);
        writer.Start();
        foreach (var file in files)
        {
            writer.WriteObject(file);
            await writer.DrainAsync(ct);
        }
        foreach (var file in files)
            foreach (var e in file.Events)
            {
                writer.WriteEvent(file.File, e);
                await writer.DrainAsync(ct);
            }
        foreach (var agent in PremisAgent.Of(files))
            writer.WriteAgent(agent);
        writer.xml.WriteEndElement();
        writer.xml.WriteEndDocument();
        await writer.DrainAsync(ct);
        await output.FlushAsync(ct);
    }

    /// <summary>The identifier of a file's PREMIS object, stable across exports.</summary>
    public static string ObjectIdentifier(DigitalFile file) => "depot-file-" + file.Id.ToString(CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync()
    {
        xml.Dispose();
        buffer.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Start()
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("premis", "premis", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi, $"{Namespace} https://www.loc.gov/standards/premis/premis.xsd");
        xml.WriteAttributeString("version", "3.0");
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        xml.Flush();
        if (buffer.Length == 0) return;
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        buffer.SetLength(0);
    }

    private void Start(string name) => xml.WriteStartElement("premis", name, Namespace);

    private void End() => xml.WriteEndElement();

    private void Text(string name, string value)
    {
        Start(name);
        xml.WriteString(value);
        End();
    }

    /// <summary>An element whose value is a term of a LOC vocabulary, with the scheme and the term's URI.</summary>
    private void Term(string name, string value, string authority, string scheme, string? code)
    {
        Start(name);
        xml.WriteAttributeString("authority", authority);
        xml.WriteAttributeString("authorityURI", scheme);
        if (code is not null) xml.WriteAttributeString("valueURI", $"{scheme}/{code}");
        xml.WriteString(value);
        End();
    }

    private void Identifier(string prefix, string type, string value)
    {
        Start(prefix + "Identifier");
        Text(prefix + "IdentifierType", type);
        Text(prefix + "IdentifierValue", value);
        End();
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
