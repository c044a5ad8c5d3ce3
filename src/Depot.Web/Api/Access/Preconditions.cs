using System.Globalization;

namespace Depot.Web.Api.Access;

/// <summary>Optimistic concurrency over HTTP: records carry <c>ETag: "v{version}"</c>; changes send it back in If-Match.</summary>
public static class Preconditions
{
    public static string ETag(int version) => $"\"v{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpContext http, int version) => http.Response.Headers.ETag = ETag(version);

    /// <summary>The version the caller based its change on: If-Match first, else the body's version field; null when neither is given.</summary>
    public static int? ExpectedVersion(HttpContext http, int? bodyVersion = null)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (header.Length == 0) return bodyVersion;
        var tag = header.Split(',')[0].Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        tag = tag.Trim('"');
        if (tag.StartsWith('v') || tag.StartsWith('V')) tag = tag[1..];
        return int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : bodyVersion;
    }
}
