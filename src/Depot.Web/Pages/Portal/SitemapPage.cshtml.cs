using System.Globalization;
using Depot.Publishing;
using Depot.Storage.Portal;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>One sitemap: the HTML documents of public objects, in id order, with their last change.</summary>
public sealed class SitemapPageModel(PortalSearch search, PortalOptions options, PublicUris uris) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        if (number < 1) return NotFound();
        var rows = await search.ListAsync((number - 1) * options.SitemapPageSize, options.SitemapPageSize, ct);
        if (rows.Count == 0 && number > 1) return NotFound();
        return SitemapXml.UrlSet(rows.Select(r => (uris.Doc("object", r.Id.ToString(CultureInfo.InvariantCulture)), r.UpdatedAt)));
    }
}
