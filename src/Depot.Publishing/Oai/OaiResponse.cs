using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai;

/// <summary>
/// The OAI-PMH envelope written as a stream: the document is built a record at a time in a small
/// buffer and copied to the response body asynchronously (Kestrel refuses synchronous writes),
/// so a list of any length never sits in memory whole.
/// </summary>
internal sealed class OaiResponse : IAsyncDisposable
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string SchemaLocation = Namespace + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    private readonly HttpResponse response;
    private readonly MemoryStream buffer = new();

    private OaiResponse(HttpResponse response)
    {
        this.response = response;
        Xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
    }

    public XmlWriter Xml { get; }

    /// <summary>Starts the document: responseDate and the request element (with the arguments unless the request was malformed).</summary>
    public static OaiResponse Start(HttpResponse response, string baseUrl, OaiRequest? request)
    {
        response.ContentType = "text/xml; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        var r = new OaiResponse(response);
        var xml = r.Xml;
        xml.WriteStartDocument();
        xml.WriteStartElement("OAI-PMH", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi, SchemaLocation);
        xml.WriteElementString("responseDate", Namespace, OaiDate.Format(DateTimeOffset.UtcNow));
        xml.WriteStartElement("request", Namespace);
        if (request is not null)
        {
            xml.WriteAttributeString("verb", request.Verb);
            foreach (var (name, value) in request.Arguments) xml.WriteAttributeString(name, value);
        }
        xml.WriteString(baseUrl);
        xml.WriteEndElement();
        return r;
    }

    public static async Task WriteErrorAsync(HttpResponse http, string baseUrl, OaiRequest? request, OaiError error, CancellationToken ct)
    {
        await using var response = Start(http, baseUrl, error.HidesArguments ? null : request);
        response.Error(error);
    }

    public void Error(OaiError error)
    {
        Xml.WriteStartElement("error", Namespace);
        Xml.WriteAttributeString("code", error.Code);
        Xml.WriteString(error.Message);
        Xml.WriteEndElement();
    }

    public void Element(string name, string value) => Xml.WriteElementString(name, Namespace, value);

    public void Start(string name) => Xml.WriteStartElement(name, Namespace);

    public void End() => Xml.WriteEndElement();

    /// <summary>Sends what has been written so far.</summary>
    public async ValueTask FlushAsync(CancellationToken ct)
    {
        Xml.Flush();
        if (buffer.Length == 0) return;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        Xml.WriteEndDocument();
        await FlushAsync(CancellationToken.None);
        Xml.Dispose();
        await buffer.DisposeAsync();
    }
}
