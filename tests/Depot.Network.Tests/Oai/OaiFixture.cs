using System.Collections.Concurrent;
using System.Security;
using Depot.Network.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Depot.Network.Tests.Oai;

/// <summary>
/// A static OAI-PMH repository on a real loopback server: ListRecords pages by resumption token (the first page
/// under ""), incremental lists by <c>from</c> ("from=2026-12-01T11:00:00Z"), Identify with a chosen granularity,
/// and faults on one page on demand (malformed XML, HTTP 500, no answer). Every request is logged.
/// </summary>
internal sealed class OaiFixture
{
    public const string DcNs = "http://purl.org/dc/elements/1.1/";

    public Dictionary<string, string> Pages { get; } = new(StringComparer.Ordinal);
    public ConcurrentQueue<string> Requests { get; } = new();
    public string Granularity { get; set; } = "YYYY-MM-DDThh:mm:ssZ";
    public string Prefix { get; set; } = "oai_dc";

    /// <summary>The page (token, or "" for the first) that faults while <see cref="Fault"/> is set.</summary>
    public string FaultOn { get; set; } = "";
    public string? Fault { get; set; }

    public static async Task<(StaticServer Server, OaiFixture Fixture)> StartAsync()
    {
        var fixture = new OaiFixture();
        var server = await StaticServer.StartAsync(app => app.MapGet("/oai", (HttpContext c) => fixture.AnswerAsync(c)));
        return (server, fixture);
    }

    private async Task AnswerAsync(HttpContext c)
    {
        var q = c.Request.Query;
        Requests.Enqueue(c.Request.QueryString.Value ?? "");
        string body;
        if (q["verb"] == "Identify") body = Envelope($"<Identify><repositoryName>Vaste bron</repositoryName><granularity>{Granularity}</granularity></Identify>");
        else if (q["verb"] != "ListRecords") body = Error("badVerb", "Alleen Identify en ListRecords.");
        else if (q.ContainsKey("resumptionToken")) body = await PageAsync(c, q["resumptionToken"].ToString(), "badResumptionToken");
        else if (q["metadataPrefix"] != Prefix) body = Error("cannotDisseminateFormat", $"Het formaat {q["metadataPrefix"]} wordt niet aangeboden.");
        else body = await PageAsync(c, q.ContainsKey("from") ? "from=" + q["from"] : "", "noRecordsMatch");
        if (c.Response.HasStarted) return;
        c.Response.ContentType = "text/xml; charset=utf-8";
        await c.Response.WriteAsync(body, c.RequestAborted);
    }

    private async Task<string> PageAsync(HttpContext c, string key, string missing)
    {
        if (Fault is { } fault && key == FaultOn)
        {
            switch (fault)
            {
                case "malformed":
                    return Envelope("<ListRecords>" + Record("oai:vast:99", "2026-12-01T12:00:00Z", "Half") + "<record><header><identifier>oai:vast:100</ident");
                case "500":
                    c.Response.StatusCode = 500;
                    await c.Response.WriteAsync("interne fout");
                    return "";
                case "timeout":
                    await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
                    return "";
            }
        }
        return Pages.TryGetValue(key, out var page) ? page : Error(missing, "Niets voor " + key);
    }

    public static string List(string token, params string[] records) =>
        Envelope("<ListRecords>" + string.Concat(records) + (token.Length > 0 ? $"<resumptionToken completeListSize=\"5\">{token}</resumptionToken>" : "") + "</ListRecords>");

    /// <summary>An oai_dc record: title and object number.</summary>
    public static string Record(string id, string datestamp, string title) =>
        $"<record><header><identifier>{id}</identifier><datestamp>{datestamp}</datestamp></header><metadata>"
        + $"<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"{DcNs}\">"
        + $"<dc:title xml:lang=\"nl\">{SecurityElement.Escape(title)}</dc:title><dc:identifier>{id.Split(':')[^1]}</dc:identifier></oai_dc:dc></metadata></record>";

    /// <summary>A record with any metadata element.</summary>
    public static string Record(string id, string datestamp, System.Xml.Linq.XElement metadata) =>
        $"<record><header><identifier>{id}</identifier><datestamp>{datestamp}</datestamp></header><metadata>{metadata}</metadata></record>";

    public static string Deleted(string id, string datestamp) =>
        $"<record><header status=\"deleted\"><identifier>{id}</identifier><datestamp>{datestamp}</datestamp></header></record>";

    public static string Error(string code, string message) => Envelope($"<error code=\"{code}\">{message}</error>");

    private static string Envelope(string content) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-12-08T03:00:00Z</responseDate><request>http://vast.example/oai</request>" + content + "</OAI-PMH>";
}
