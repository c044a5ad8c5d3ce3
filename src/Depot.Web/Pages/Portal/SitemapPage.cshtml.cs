using System.Globalization;
using Depot.Publishing;
using Depot.Storage.Portal;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>One sitemap: the HTML documents of public objects, in id order, with their last change.</summary>
public sealed class SitemapPageModel(PortalSearch search, PortalOptions options, PublicUris uris) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int page, CancellationToken ct)
    {
        if (page < 1) return NotFound();
        var rows = await search.ListAsync((page - 1) * options.SitemapPageSize, options.SitemapPageSize, ct);
        if (rows.Count == 0 && page > 1) return NotFound();
        return SitemapXml.UrlSet(rows.Select(r => (uris.Doc("object", r.Id.ToString(CultureInfo.InvariantCulture)), r.UpdatedAt)));
    }
}
