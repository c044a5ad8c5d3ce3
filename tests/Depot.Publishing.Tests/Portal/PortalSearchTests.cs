using System.Net;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Portal;

public sealed class PortalSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_finds_public_objects_and_never_internal_ones()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);

        var html = await PortalWorld.HtmlAsync(depot, "/collectie?q=kandelaar", Ct);

        Assert.Contains("Kandelaar met leeuwenpoten", html);
        Assert.DoesNotContain("kluis", html);
        Assert.DoesNotContain("intern", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<span id=\"result-count\">1 object</span>", html);
        Assert.Contains($"href=\"/doc/object/{world.Candlestick.Id}\"", html);

        var all = await PortalWorld.HtmlAsync(depot, "/collectie", Ct);
        Assert.Contains("<span id=\"result-count\">3 objecten</span>", all);
        Assert.Contains("Kaart van de stad", all);
        Assert.DoesNotContain("M.3", all);
        await PortalWorld.HtmlAsync(depot, $"/doc/object/{world.Secret.Id}", Ct, HttpStatusCode.NotFound);

        var none = await PortalWorld.HtmlAsync(depot, "/collectie?q=eenhoorn", Ct);
        Assert.Contains("Geen objecten gevonden", none);
        Assert.Contains("Alle filters wissen", none);
    }

    [Fact]
    public async Task Facets_count_only_public_objects_and_filter_the_results()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);

        var html = await PortalWorld.HtmlAsync(depot, "/collectie", Ct);

        // Four objects are bronze and two credit Quellinus, but only two and one of them are public.
        Assert.Equal(2, PortalWorld.FacetCount(html, "brons"));
        Assert.Equal(1, PortalWorld.FacetCount(html, "Quellinus, Artus"));
        Assert.Equal(2, PortalWorld.FacetCount(html, "Museum stadsmuseum"));
        Assert.Equal(1, PortalWorld.FacetCount(html, "Museum stadsarchief"));
        Assert.Equal(1, PortalWorld.FacetCount(html, "17de eeuw"));
        Assert.Equal(1, PortalWorld.FacetCount(html, "CC0 1.0"));
        Assert.Equal(3, PortalWorld.FacetCount(html, "Zonder beeld"));

        var filtered = await PortalWorld.HtmlAsync(depot, $"/collectie?maker={world.Maker.Id}", Ct);
        Assert.Contains("<span id=\"result-count\">1 object</span>", filtered);
        Assert.Contains("Kandelaar met leeuwenpoten", filtered);
        Assert.DoesNotContain("Buste van een heilige", filtered);
        // Disjunctive: the maker facet still counts with every other filter but its own.
        Assert.Equal(1, PortalWorld.FacetCount(filtered, "Quellinus, Artus"));
        Assert.Equal(1, PortalWorld.FacetCount(filtered, "brons"));
    }

    [Fact]
    public async Task Organisation_collection_shows_only_that_organisations_public_objects()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);

        var html = await PortalWorld.HtmlAsync(depot, $"/collectie/{world.Archive.Slug}", Ct);

        Assert.Contains("<h1>Collectie van Museum stadsarchief</h1>", html);
        Assert.Contains("Kaart van de stad", html);
        Assert.DoesNotContain("Kandelaar", html);
        Assert.Contains("<span id=\"result-count\">1 object</span>", html);
        await PortalWorld.HtmlAsync(depot, "/collectie/bestaat-niet", Ct, HttpStatusCode.NotFound);

        var organisation = await PortalWorld.HtmlAsync(depot, $"/doc/organisation/{world.Museum.Slug}", Ct);
        Assert.Contains("<h1>Museum stadsmuseum</h1>", organisation);
        Assert.Contains($"href=\"/collectie/{world.Museum.Slug}\"", organisation);
    }

    [Fact]
    public async Task Maker_page_lists_the_makers_public_objects_only()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);

        var html = await PortalWorld.HtmlAsync(depot, $"/doc/agent/{world.Maker.Id}", Ct);

        Assert.Contains("<h1>Quellinus, Artus</h1>", html);
        Assert.Contains("Kandelaar met leeuwenpoten", html);
        Assert.DoesNotContain("kluis", html);
        Assert.Contains("(1 object)", html);
        await PortalWorld.HtmlAsync(depot, "/doc/agent/999999", Ct, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task English_labels_with_lang_en_and_links_keep_the_language()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);

        var html = await PortalWorld.HtmlAsync(depot, "/collectie?lang=en", Ct);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Search the collections", html);
        Assert.Contains("3 objects", html);
        Assert.Equal(2, PortalWorld.FacetCount(html, "bronze"));
        Assert.Equal(1, PortalWorld.FacetCount(html, "17th century"));
        Assert.Contains($"href=\"/doc/object/{world.Candlestick.Id}?lang=en\"", html);
        Assert.Contains(">Nederlands</a>", html);

        var dutch = await PortalWorld.HtmlAsync(depot, "/collectie", Ct);
        Assert.Contains("<html lang=\"nl\">", dutch);
        Assert.Contains("Collectie doorzoeken", dutch);
    }

    [Fact]
    public async Task Withdrawn_objects_drop_out_of_search_and_facets()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);
        Assert.Equal(2, PortalWorld.FacetCount(await PortalWorld.HtmlAsync(depot, "/collectie", Ct), "brons"));

        var bust = world.Bust;
        bust.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(world.Museum, bust, Ct);
        await depot.CatchUpAsync(Ct);

        var html = await PortalWorld.HtmlAsync(depot, "/collectie", Ct);
        Assert.Equal(1, PortalWorld.FacetCount(html, "brons"));
        Assert.DoesNotContain("Buste van een heilige", html);
    }
}
