using System.Collections.Concurrent;
using System.Security;
using System.Text;
using Depot.Network.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Depot.Network.Tests.Files;

/// <summary>A file at a URL on a real loopback server, whose content the test changes; answers 304 to its current ETag when asked.</summary>
internal sealed class FileFixture
{
    public string Content { get; set; } = "";

    /// <summary>When false the server sends no ETag (so only the hash can tell the file is unchanged).</summary>
    public bool SendsETag { get; set; } = true;

    public ConcurrentQueue<int> Statuses { get; } = new();

    public string ETag => "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Content)))[..16] + "\"";

    public static async Task<(StaticServer Server, FileFixture File)> StartAsync()
    {
        var file = new FileFixture();
        var server = await StaticServer.StartAsync(app => app.MapGet("/export/{name}", (HttpContext c) => file.AnswerAsync(c)));
        return (server, file);
    }

    private async Task AnswerAsync(HttpContext c)
    {
        if (SendsETag && c.Request.Headers.IfNoneMatch == ETag)
        {
            c.Response.StatusCode = 304;
            Statuses.Enqueue(304);
            return;
        }
        if (SendsETag) c.Response.Headers.ETag = ETag;
        c.Response.ContentType = "application/octet-stream";
        Statuses.Enqueue(200);
        await c.Response.WriteAsync(Content, c.RequestAborted);
    }

    /// <summary>A LIDO file (lidoWrap) of minimal valid records: (record id, object number, title).</summary>
    public static string Lido(params (string Id, string Number, string Title)[] records)
    {
        var body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><lido:lidoWrap xmlns:lido=\"http://www.lido-schema.org\">");
        foreach (var (id, number, title) in records)
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                <lido:lido><lido:lidoRecID lido:type="local">{id}</lido:lidoRecID><lido:descriptiveMetadata xml:lang="nl">
                <lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType><lido:term>schilderij</lido:term></lido:objectWorkType></lido:objectWorkTypeWrap></lido:objectClassificationWrap>
                <lido:objectIdentificationWrap><lido:titleWrap><lido:titleSet><lido:appellationValue>{SecurityElement.Escape(title)}</lido:appellationValue></lido:titleSet></lido:titleWrap>
                <lido:repositoryWrap><lido:repositorySet><lido:workID lido:type="inventory number">{number}</lido:workID></lido:repositorySet></lido:repositoryWrap></lido:objectIdentificationWrap>
                </lido:descriptiveMetadata><lido:administrativeMetadata xml:lang="nl"><lido:recordWrap><lido:recordID lido:type="local">{id}</lido:recordID>
                <lido:recordType><lido:term>item</lido:term></lido:recordType><lido:recordSource><lido:legalBodyName><lido:appellationValue>Stadsmuseum</lido:appellationValue></lido:legalBodyName></lido:recordSource>
                </lido:recordWrap></lido:administrativeMetadata></lido:lido>
                """);
        return body.Append("</lido:lidoWrap>").ToString();
    }
}
