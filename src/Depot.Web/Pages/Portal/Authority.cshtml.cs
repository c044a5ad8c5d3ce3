using System.Globalization;
using Depot.Core.Publishing;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>
/// The HTML document of an agent (maker page), place or concept (<c>/doc/{type}/{id}</c>): only when a
/// public object uses it, and only what the public shape carries — name, dates, external identifiers —
/// with the public objects that use it.
/// </summary>
public sealed class AuthorityModel(PortalSearch search, PublicationStore store, PortalOptions options) : PortalPageModel
{
    public string Type { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PublicAgent? Agent { get; private set; }
    public PublicPlace? Place { get; private set; }
    public PublicTerm? Concept { get; private set; }
    public IReadOnlyList<string> SameAs { get; private set; } = [];
    public IReadOnlyList<PublicObject> Objects { get; private set; } = [];
    public long Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages { get; private set; }

    /// <summary>The search page's filter for this authority, when the search shows that facet.</summary>
    public string? SearchFilter { get; private set; }
    public string Key { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string type, long id, CancellationToken ct)
    {
        Type = type;
        Key = id.ToString(CultureInfo.InvariantCulture);
        var facet = type switch { "agent" => PortalFacets.Agent, "place" => PortalFacets.Place, _ => PortalFacets.Concept };
        var carrier = await PortalShapes.CarrierAsync(search, store, facet, Key, ct);
        if (carrier is null || !Describe(carrier, id)) return Missing(StatusCodes.Status404NotFound);

        SearchFilter = type switch
        {
            "agent" when Agent is not null && carrier.Makers.Any(m => m.Agent.Id == id) => PortalFacets.Maker,
            "place" => PortalFacets.Place,
            "concept" when carrier.ObjectName?.Id == id => PortalFacets.ObjectName,
            "concept" when carrier.Materials.Any(m => m.Id == id) => PortalFacets.Material,
            _ => null,
        };
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, PortalSearchRequest.MaxPage) : 1;
        var result = await search.SearchAsync(new PortalQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [facet] = [Key] },
            Page = PageNumber,
            PageSize = options.PageSize,
            WithFacets = false,
        }, ct);
        Total = result.Total;
        Pages = (int)Math.Min(PortalSearchRequest.MaxPage, (Total + options.PageSize - 1) / options.PageSize);
        Objects = await PortalShapes.InOrderAsync(store, result.Ids, ct);
        return Page();
    }

    public string PageUrl(int page) => Link(page > 1 ? $"/doc/{Type}/{Key}?page={page.ToString(CultureInfo.InvariantCulture)}" : $"/doc/{Type}/{Key}");

    private bool Describe(PublicObject o, long id)
    {
        switch (Type)
        {
            case "agent":
                Agent = o.Makers.Select(m => m.Agent).Concat(o.Subjects.Select(s => s.Agent).OfType<PublicAgent>()).FirstOrDefault(a => a.Id == id);
                Name = Agent?.Name ?? "";
                SameAs = Agent?.SameAs ?? [];
                return Agent is not null;
            case "place":
                Place = o.Subjects.Select(s => s.Place).OfType<PublicPlace>().FirstOrDefault(p => p.Id == id);
                Name = Place?.Name ?? "";
                SameAs = Place?.SameAs ?? [];
                return Place is not null;
            default:
                Concept = new[] { o.ObjectName }.OfType<PublicTerm>().Concat(o.Materials).Concat(o.Techniques)
                    .Concat(o.Subjects.Select(s => s.Concept).OfType<PublicTerm>()).FirstOrDefault(c => c.Id == id);
                Name = Concept?.Label(Hosting.Language.IsEnglish(HttpContext) ? "en" : "nl") ?? "";
                SameAs = Concept is null ? [] : [.. new[] { Concept.Uri }.Where(u => u.StartsWith("http", StringComparison.Ordinal)).Concat(Concept.ExactMatches)];
                return Concept is not null;
        }
    }
}
