using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Portal;

public sealed class PortalTests(BrowserApp app)
{
    private async Task<(Organisation Org, CollectionObject Painting)> CollectionAsync(string name)
    {
        var org = await app.Arrange.OrganisationAsync(name);
        var terms = await app.Arrange.TermsAsync(org);
        var painting = await app.Arrange.ObjectAsync(org, terms, "P.1", "De aanbidding der koningen", "schilderij", ["olieverf", "doek"], "Rubens, Peter Paul", "1624", PublicationStatus.Public);
        await app.Arrange.ObjectAsync(org, terms, "P.2", "Engel met trompet", "beeldhouwwerk", ["brons"], "Quellinus, Artus", "ca. 1660", PublicationStatus.Public);
        await app.Arrange.ObjectAsync(org, terms, "P.3", "Kandelaar met leeuwenpoten", "kandelaar", ["brons"], null, "16de eeuw", PublicationStatus.Public);
        await app.Arrange.ObjectAsync(org, terms, "P.4", "Geheime kandelaar", "kandelaar", ["brons"], null, "1580", PublicationStatus.Internal);
        return (org, painting);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task A_visitor_searches_the_public_collection_with_a_facet_and_opens_an_object()
    {
        var (org, painting) = await CollectionAsync("Museum Portaal");
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/collectie/{org.Slug}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Collectie van Museum Portaal");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("3 objecten");
        await Assertions.Expect(page.Locator(".portal-cards")).Not.ToContainTextAsync("Geheime kandelaar");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "Materiaal" }).GetByLabel("brons").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("2 objecten");
        Assert.Contains("material=", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Zoekwoorden").FillAsync("eenhoorn");
        await page.GetByLabel("Zoekwoorden").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".portal-empty")).ToContainTextAsync("Geen objecten gevonden");

        await page.GotoAsync($"/collectie/{org.Slug}?q=aanbidding");
        await page.GetByRole(AriaRole.Link, new() { Name = "De aanbidding der koningen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/doc/object/{painting.Id}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("De aanbidding der koningen");
        await Assertions.Expect(page.Locator(".portal-fields")).ToContainTextAsync("Rubens, Peter Paul");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-fields")).ToContainTextAsync("Object number");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Maker_and_organisation_pages_have_no_serious_accessibility_violations()
    {
        var (org, painting) = await CollectionAsync("Museum Makers");
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/doc/object/{painting.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rubens, Peter Paul" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rubens, Peter Paul");
        await Assertions.Expect(page.Locator(".portal-cards")).ToContainTextAsync("De aanbidding der koningen");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/doc/organisation/{org.Slug}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Museum Makers");
        await AssertAccessibleAsync(page);
    }
}
