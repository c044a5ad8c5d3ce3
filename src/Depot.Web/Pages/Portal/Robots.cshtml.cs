using Depot.Publishing;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>robots.txt: the portal and the documents may be indexed, the workplace not; where the sitemap is.</summary>
public sealed class RobotsModel(PublicUris uris) : PortalPageModel
{
    public IActionResult OnGet() => Content(
        $"""
        User-agent: *
        Allow: /collectie
        Allow: /doc/
        Disallow: /o/
        Disallow: /api/
        Disallow: /aanmelden

        Sitemap: {uris.Route("sitemap.xml")}

        """, "text/plain; charset=utf-8");
}
