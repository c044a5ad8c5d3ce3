using Depot.Publishing.Caching;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Depot.Web.Portal;

/// <summary>
/// A public portal page: no sign-in, rate-limited per client, output-cached under the public
/// feed's tag, with ETag and Cache-Control; renders only from the public feed. Pages of the
/// signed-in workplace never derive from this, so they are never cached.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicPolicies.RateLimit)]
[OutputCache(PolicyName = PublicPolicies.Cache)]
public abstract class PortalPageModel : PageModel
{
    /// <summary>The <c>lang</c> asked for in the address ("en", "nl" or empty): carried by every portal link.</summary>
    public string AskedLanguage { get; private set; } = "";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        AskedLanguage = PortalLinks.AskedLanguage(HttpContext);
        var services = HttpContext.RequestServices;
        var position = await services.GetRequiredService<PortalFeed>().EnsureCurrentAsync(HttpContext.RequestAborted);
        var etag = PortalCaching.ETag(position, HttpContext, Language.IsEnglish(HttpContext));
        PortalCaching.Apply(Response, etag, services.GetRequiredService<PortalOptions>().MaxAge);
        if (PortalCaching.Matches(Request, etag))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }
        await next();
    }

    /// <summary>A portal address with the asked language kept: <c>/collectie?maker=5</c> → <c>/collectie?maker=5&amp;lang=en</c>.</summary>
    public string Link(string path) => PortalLinks.WithLanguage(path, AskedLanguage);

    /// <summary>The 404 or 410 page in the portal's layout.</summary>
    protected IActionResult Missing(int status)
    {
        ViewData["Status"] = status;
        return new ViewResult { ViewName = "/Pages/Portal/_Missing.cshtml", ViewData = ViewData, StatusCode = status };
    }
}
