using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Portal;

/// <summary>Sitemap protocol 0.9 documents (<c>sitemapindex</c> and <c>urlset</c>).</summary>
internal static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static ContentResult Index(IEnumerable<string> sitemaps) => Write("sitemapindex", w =>
    {
        foreach (var loc in sitemaps)
        {
            w.WriteStartElement("sitemap", Namespace);
            w.WriteElementString("loc", Namespace, loc);
            w.WriteEndElement();
        }
    });

    public static ContentResult UrlSet(IEnumerable<(string Loc, DateTimeOffset LastModified)> urls) => Write("urlset", w =>
    {
        foreach (var (loc, lastModified) in urls)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, loc);
            w.WriteElementString("lastmod", Namespace, lastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
    });

    private static ContentResult Write(string root, Action<XmlWriter> body)
    {
        // Written as UTF-8 bytes, so the declaration says UTF-8 (a StringBuilder would make it UTF-16).
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            w.WriteStartElement(root, Namespace);
            body(w);
            w.WriteEndElement();
        }
        return new ContentResult { Content = Encoding.UTF8.GetString(buffer.ToArray()), ContentType = "application/xml; charset=utf-8" };
    }
}
