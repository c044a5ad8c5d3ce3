using System.Text;
using Depot.Interchange.Rdf;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Depot.Publishing.Ldes;

/// <summary>
/// Writes an LDES document as Turtle (default) or N-Triples, after the Accept header, with its
/// cache headers: an immutable document (a full page, a member) may be kept for a year, the open
/// page and the stream description only briefly. An If-None-Match that matches answers 304.
/// </summary>
internal static class LdesResponse
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Open = "public, max-age=5";
    public const string Turtle = "text/turtle";
    public const string NTriples = "application/n-triples";

    public static Task WriteAsync(HttpContext http, IEnumerable<Triple> triples, string etag, string cacheControl) =>
        WriteAsync(http, triples.Select(t => (LdesPart)t), etag, cacheControl);

    public static async Task WriteAsync(HttpContext http, IEnumerable<LdesPart> parts, string etag, string cacheControl)
    {
        var ntriples = Wants(http.Request, NTriples) && !Wants(http.Request, Turtle);
        var response = http.Response;
        var tag = new EntityTagHeaderValue($"\"{etag}-{(ntriples ? "nt" : "ttl")}\"");
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = "Accept";
        response.Headers.ETag = tag.ToString();
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(x => x.Trim() == tag.Tag.Value || x.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = (ntriples ? NTriples : Turtle) + "; charset=utf-8";
        // Written out in chunks as the triples come: a page of 250 members is over a megabyte,
        // and building it as one string cost more in (large-object) garbage collection than in writing.
        var buffer = new StringBuilder(ChunkChars + 4096);
        // One encoder for the whole body: a surrogate pair split between chunks stays whole.
        var encoder = Encoding.UTF8.GetEncoder();
        var text = new StringWriter(buffer);
        Action<Triple> write;
        Action<LdesBlock> block;
        TurtleWriter? turtle = null;
        if (ntriples)
        {
            write = new NTriplesWriter(text).Write;
            block = b => text.Write(b.NTriples);
        }
        else
        {
            var writer = turtle = new TurtleWriter(text, Prefixes);
            write = writer.Write;
            block = b => writer.WriteBlock(b.Turtle);
        }
        foreach (var part in parts)
        {
            if (part.Triple is { } t) write(t);
            else if (part.Block is { } b) block(b);
            if (buffer.Length >= ChunkChars) await FlushAsync(response, buffer, encoder, false, http.RequestAborted);
        }
        turtle?.Finish();
        await FlushAsync(response, buffer, encoder, true, http.RequestAborted);
    }

    private const int ChunkChars = 32 * 1024;

    private static async Task FlushAsync(HttpResponse response, StringBuilder buffer, Encoder encoder, bool last, CancellationToken ct)
    {
        foreach (var chunk in buffer.GetChunks()) encoder.Convert(chunk.Span, response.BodyWriter, false, out _, out _);
        if (last) encoder.Convert([], response.BodyWriter, true, out _, out _);
        buffer.Clear();
        await response.BodyWriter.FlushAsync(ct);
    }

    public static readonly IReadOnlyDictionary<string, string> Prefixes =
        LdesVocabulary.Prefixes.Concat(LinkedData.OsloObjectGraph.Prefixes).DistinctBy(p => p.Key).ToDictionary();

    private static bool Wants(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
}
