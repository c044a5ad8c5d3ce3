using Depot.Core.Publishing;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Depot.Web.Hosting;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>Search over every organisation's public objects (<c>/collectie</c>), or one organisation's (<c>/collectie/{org}</c>).</summary>
public sealed class SearchModel(PortalSearch search, PublicationStore store, PortalOptions options) : PortalPageModel
{
    public PublicOrganisation? Organisation { get; private set; }
    public PortalSearchRequest Search { get; private set; } = null!;
    public PortalResult Result { get; private set; } = null!;
    public IReadOnlyList<PublicObject> Hits { get; private set; } = [];
    public int Pages { get; private set; }

    /// <summary>The address of this search's own page: <c>/collectie</c> or <c>/collectie/{org}</c>.</summary>
    public string Path => PortalLinks.Collection(Organisation?.Slug);

    public async Task<IActionResult> OnGetAsync(string? org, CancellationToken ct)
    {
        if (org is not null)
        {
            Organisation = await PortalShapes.OrganisationAsync(search, store, org, ct);
            if (Organisation is null) return Missing(StatusCodes.Status404NotFound);
        }
        Search = PortalSearchRequest.From(Request.Query, AskedLanguage);
        Result = await search.SearchAsync(Search.ToQuery(org, options.PageSize), ct);
        Pages = (int)Math.Min(PortalSearchRequest.MaxPage, (Result.Total + options.PageSize - 1) / options.PageSize);
        Hits = await PortalShapes.InOrderAsync(store, Result.Ids, ct);
        return Page();
    }

    public bool English => Language.IsEnglish(HttpContext);
}
