using Depot.Core.Publishing;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>The HTML document of an organisation's URI (<c>/doc/organisation/{slug}</c>): who it is, how much it publishes, a way into its collection.</summary>
public sealed class OrganisationModel(PortalSearch search, PublicationStore store) : PortalPageModel
{
    public PublicOrganisation Organisation { get; private set; } = null!;
    public long Total { get; private set; }
    public IReadOnlyList<PublicObject> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await PortalShapes.OrganisationAsync(search, store, slug, ct) is not { } organisation) return Missing(StatusCodes.Status404NotFound);
        Organisation = organisation;
        var result = await search.SearchAsync(new PortalQuery { Organisation = slug, Sort = PortalSort.RecentlyPublished, PageSize = 6, WithFacets = false }, ct);
        Total = result.Total;
        Recent = await PortalShapes.InOrderAsync(store, result.Ids, ct);
        return Page();
    }
}
