using System.IO.Compression;
using System.Text;
using Depot.Interchange.Rdf;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// The whole public dataset as N-Triples, streamed object by object from the public feed:
/// each object with its blank nodes, and each agent, place, concept and organisation the first
/// time an object refers to it. Memory stays flat apart from the set of authorities written.
/// </summary>
internal static class LinkedDataDump
{
    public static async Task WriteAsync(HttpContext http, IServiceProvider services, bool gzip, CancellationToken ct)
    {
        await services.GetRequiredService<PublicationProjector>().CatchUpAsync(ct);
        var store = services.GetRequiredService<LinkedDataStore>();
        var uris = services.GetRequiredService<PublicUris>();
        http.Response.ContentType = gzip ? "application/gzip" : "application/n-triples; charset=utf-8";
        await using var body = gzip ? new GZipStream(http.Response.Body, CompressionLevel.Fastest, leaveOpen: true) : null;
        await using var output = new StreamWriter(body ?? http.Response.Body, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringWriter();
        var triples = new NTriplesWriter(text);
        await foreach (var o in store.PublicObjectsAsync(ct))
        {
            triples.WriteAll(OsloObjectGraph.DescribeObject(o, uris));
            if (written.Add("organisation/" + o.Organisation.Slug)) triples.WriteAll(OsloObjectGraph.Describe(o.Organisation, uris));
            var refs = OsloObjectGraph.References(o);
            foreach (var a in refs.Agents.Where(a => written.Add("agent/" + a.Id))) triples.WriteAll(OsloObjectGraph.Describe(a, uris));
            foreach (var p in refs.Places.Where(p => written.Add("place/" + p.Id))) triples.WriteAll(OsloObjectGraph.Describe(p, uris));
            foreach (var c in refs.Concepts.Where(c => written.Add("concept/" + c.Id))) triples.WriteAll(OsloObjectGraph.Describe(c, uris));
            if (text.GetStringBuilder().Length < 1 << 15) continue;
            await output.WriteAsync(text.GetStringBuilder(), ct);
            text.GetStringBuilder().Clear();
        }
        await output.WriteAsync(text.GetStringBuilder(), ct);
        await output.FlushAsync(ct);
    }
}
