using Depot.Storage.Records;
using Depot.Web.Identity;
using Depot.Web.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Depot.Web.Pages;

/// <summary>
/// A page under <c>/o/{org}/…</c>. Before any handler runs, the organisation is resolved with the
/// signed-in person's grant; without read access the organisation does not exist for them (404).
/// Handlers take the organisation id from <see cref="Grant"/>, never from input.
/// </summary>
[Authorize]
public abstract class OrganisationPageModel : PageModel
{
    [FromRoute(Name = "org")]
    public string OrganisationSlug { get; set; } = "";

    public OrganisationGrant Grant { get; private set; } = null!;

    public long OrganisationId => Grant.Organisation.Id;

    /// <summary>Who changes records from this page, for the history.</summary>
    protected Actor Actor => User.ToActor();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var access = HttpContext.RequestServices.GetRequiredService<OrganisationAccess>();
        var slug = context.RouteData.Values["org"] as string ?? "";
        var grant = await access.GrantAsync(User, slug, HttpContext.RequestAborted);
        if (grant is null || !grant.CanRead)
        {
            context.Result = StatusPage(StatusCodes.Status404NotFound);
            return;
        }
        Grant = grant;
        OrganisationSlug = slug;
        var executed = await next();
        if (executed.Exception is RecordNotFoundException && !executed.ExceptionHandled)
        {
            // A record of another organisation, or one that never existed: the same answer for both.
            executed.Result = StatusPage(StatusCodes.Status404NotFound);
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>Refuses a change to somebody who may only read (the buttons are hidden, but URLs can be typed).</summary>
    protected IActionResult Forbidden() => StatusPage(StatusCodes.Status403Forbidden);

    protected IActionResult Missing() => StatusPage(StatusCodes.Status404NotFound);

    /// <summary>The status page with the page's own title and reason (a refusal that is neither 403 nor 404).</summary>
    protected ViewResult StatusPage(int status, string title, string message)
    {
        var page = StatusPage(status);
        page.ViewData["StatusTitle"] = title;
        page.ViewData["StatusMessage"] = message;
        return page;
    }

    /// <summary>The site's own 404/403 page (not the API's Problem Details) with the right status code.</summary>
    protected ViewResult StatusPage(int status) => new()
    {
        ViewName = "/Pages/Shared/_Status.cshtml",
        StatusCode = status,
        ViewData = new ViewDataDictionary(MetadataProvider, ModelState) { ["Status"] = status },
    };
}
