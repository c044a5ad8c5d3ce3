using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Portal;

public sealed class PortalObjectPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Object_page_carries_schema_org_json_ld_open_graph_and_linked_data_alternates()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);
        var id = world.Candlestick.Id;

        var html = await PortalWorld.HtmlAsync(depot, $"/doc/object/{id}", Ct);

        var script = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(script.Success, "no JSON-LD in the head: " + html[..Math.Min(html.Length, 3000)]);
        using var json = JsonDocument.Parse(script.Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("VisualArtwork", root.GetProperty("@type").GetString());
        Assert.Equal("Kandelaar met leeuwenpoten", root.GetProperty("name").GetString());
        Assert.Equal("Quellinus, Artus", root.GetProperty("creator")[0].GetProperty("name").GetString());
        Assert.Equal(depot.Uris.Agent(world.Maker.Id), root.GetProperty("creator")[0].GetProperty("@id").GetString());
        Assert.Equal(depot.Uris.Object(id), root.GetProperty("url").GetString());
        Assert.Equal("brons", root.GetProperty("material")[0].GetString());
        Assert.Equal("1650", root.GetProperty("dateCreated").GetString());
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", root.GetProperty("license").GetString());
        Assert.Equal("Museum stadsmuseum", root.GetProperty("provider").GetProperty("name").GetString());

        var doc = depot.Uris.Doc("object", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Kandelaar met leeuwenpoten", PortalWorld.Meta(html, "og:title"));
        Assert.Equal("Beschrijving van Kandelaar met leeuwenpoten", PortalWorld.Meta(html, "og:description"));
        Assert.Equal(doc, PortalWorld.Meta(html, "og:url"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{doc}\">", html);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/ld+json\" href=\"{doc}.jsonld\">", html);
        Assert.Contains($"<link rel=\"alternate\" type=\"text/turtle\" href=\"{doc}.ttl\">", html);
        // Internal fields never reach the page.
        Assert.DoesNotContain("kluis", html);
    }

    [Fact]
    public async Task Object_page_answers_410_after_withdrawal_and_404_for_a_never_public_object()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var world = await PortalWorld.ArrangeAsync(depot, Ct);
        var bust = world.Bust;
        await PortalWorld.HtmlAsync(depot, $"/doc/object/{bust.Id}", Ct);

        bust.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(world.Museum, bust, Ct);
        await depot.CatchUpAsync(Ct);

        var gone = await PortalWorld.HtmlAsync(depot, $"/doc/object/{bust.Id}", Ct, HttpStatusCode.Gone);
        Assert.Contains("Niet meer beschikbaar", gone);
        Assert.DoesNotContain("Buste van een heilige", gone);
        var missing = await PortalWorld.HtmlAsync(depot, $"/doc/object/{world.Secret.Id}", Ct, HttpStatusCode.NotFound);
        Assert.Contains("Niet gevonden", missing);
    }

    [Fact]
    public async Task Sitemap_lists_public_object_pages_only_and_robots_points_to_it()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Portal:SitemapPageSize=2");
        var world = await PortalWorld.ArrangeAsync(depot, Ct);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var robots = await PortalWorld.HtmlAsync(depot, "/robots.txt", Ct);
        Assert.Contains($"Sitemap: {depot.BaseUrl}/sitemap.xml", robots);

        var index = XDocument.Parse(await PortalWorld.HtmlAsync(depot, "/sitemap.xml", Ct));
        var sitemaps = index.Root!.Elements(sm + "sitemap").Select(e => e.Element(sm + "loc")!.Value).ToList();
        Assert.Equal([$"{depot.BaseUrl}/sitemap-1.xml", $"{depot.BaseUrl}/sitemap-2.xml"], sitemaps);

        var urls = new List<string>();
        foreach (var sitemap in sitemaps)
        {
            var set = XDocument.Parse(await PortalWorld.HtmlAsync(depot, sitemap[depot.BaseUrl.Length..], Ct));
            urls.AddRange(set.Root!.Elements(sm + "url").Select(e => e.Element(sm + "loc")!.Value));
        }
        string Doc(long id) => $"{depot.BaseUrl}/doc/object/{id}";
        Assert.Equal(new[] { world.Candlestick.Id, world.Bust.Id, world.ArchiveMap.Id }.Order().Select(Doc), urls);
        Assert.DoesNotContain(Doc(world.Secret.Id), urls);
        await PortalWorld.HtmlAsync(depot, "/sitemap-3.xml", Ct, HttpStatusCode.NotFound);
    }
}
