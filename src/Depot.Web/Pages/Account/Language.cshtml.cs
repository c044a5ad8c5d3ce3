using Depot.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages.Account;

/// <summary>The language switch: remembers nl or en in a cookie (read by <see cref="Language"/>) and goes back.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost([FromForm] string? lang, [FromForm] string? returnUrl)
    {
        var chosen = lang == "en" ? "en" : "nl";
        Response.Cookies.Append(Language.Cookie, chosen, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
