using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Portal;

/// <summary>
/// HTTP caching of portal pages. A page is a function of its address, its language and the feed
/// position, so those make a strong ETag that is known before anything is rendered: a client
/// that already has the page gets 304 without a query for its content.
/// </summary>
internal static class PortalCaching
{
    private static readonly string Build = typeof(PortalCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static string ETag(long position, HttpContext context, bool english)
    {
        var request = context.Request;
        var input = string.Join('\n', request.Path.Value, request.QueryString.Value, english ? "en" : "nl", Build);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..16];
        return $"\"{position.ToString(CultureInfo.InvariantCulture)}-{hash}\"";
    }

    public static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(v => v.Trim() == etag || v.Trim() == "*"));

    public static void Apply(HttpResponse response, string etag, TimeSpan maxAge)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        // The language of an address without ?lang= comes from the cookie or the browser.
        response.Headers.Vary = new[] { HeaderNames.AcceptLanguage, HeaderNames.Cookie }.Aggregate((a, b) => a + ", " + b);
    }
}
