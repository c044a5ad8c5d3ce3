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

    public static async Task WriteAsync(HttpContext http, IEnumerable<Triple> triples, string etag, string cacheControl)
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
        var text = new StringWriter(new StringBuilder(16 * 1024));
        if (ntriples)
            new NTriplesWriter(text).WriteAll(triples);
        else
        {
            var turtle = new TurtleWriter(text, Prefixes);
            turtle.WriteAll(triples);
            turtle.Finish();
        }
        response.ContentType = (ntriples ? NTriples : Turtle) + "; charset=utf-8";
        await response.WriteAsync(text.ToString(), Encoding.UTF8, http.RequestAborted);
    }

    private static readonly IReadOnlyDictionary<string, string> Prefixes =
        LdesVocabulary.Prefixes.Concat(LinkedData.OsloObjectGraph.Prefixes).DistinctBy(p => p.Key).ToDictionary();

    private static bool Wants(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
}
