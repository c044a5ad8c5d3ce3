using System.Globalization;
using Depot.Publishing;
using Depot.Storage.Portal;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>The sitemap index: one sitemap per <see cref="PortalOptions.SitemapPageSize"/> public object pages.</summary>
public sealed class SitemapModel(PortalSearch search, PortalOptions options, PublicUris uris) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var count = await search.CountAsync(null, ct);
        var pages = Math.Max(1, (count + options.SitemapPageSize - 1) / options.SitemapPageSize);
        return SitemapXml.Index(Enumerable.Range(1, pages).Select(p => uris.Route($"sitemap-{p.ToString(CultureInfo.InvariantCulture)}.xml")));
    }
}
