using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Objects;

public sealed class SearchTests(BrowserApp app)
{
    private static readonly (string Number, string Title, string Name, string[] Materials, string? Maker, string Dating)[] Collection =
    [
        ("1987.001", "De aanbidding der koningen", "schilderij", ["olieverf", "doek"], "Rubens, Peter Paul", "1624"),
        ("1987.002", "Portret van Helena Fourment", "schilderij", ["olieverf", "doek"], "Rubens, Peter Paul", "ca. 1630"),
        ("1987.003", "De sater en de boer", "schilderij", ["olieverf", "doek"], "Jordaens, Jacob", "1620-1621"),
        ("1987.004", "Het feest van de bonenkoning", "schilderij", ["olieverf", "doek"], "Jordaens, Jacob", "ca. 1640"),
        ("1987.005", "Zo de ouden zongen, zo piepen de jongen", "schilderij", ["olieverf", "doek"], "Jordaens, Jacob", "1638"),
        ("1990.010", "Buste van een heilige", "beeldhouwwerk", ["eikenhout"], "Quellinus, Artus", "17de eeuw"),
        ("1990.011", "Engel met trompet", "beeldhouwwerk", ["brons"], "Quellinus, Artus", "ca. 1660"),
        ("1990.012", "Putto op dolfijn", "beeldhouwwerk", ["brons"], "Quellinus, Artus", "1665"),
        ("1992.020", "Kandelaar met leeuwenpoten", "kandelaar", ["brons"], null, "16de eeuw"),
        ("1992.021", "Paar altaarkandelaars", "kandelaar", ["brons"], null, "1580-1600"),
        ("1992.022", "Kandelaar uit een kloosterkerk", "kandelaar", ["brons"], null, "ca. 1700"),
        ("1995.030", "Kaart van Vlaanderen", "kaart", ["papier"], "Mercator, Gerard", "1540"),
        ("1995.031", "Wereldkaart", "kaart", ["papier"], "Mercator, Gerard", "1569"),
        ("1995.032", "Kaart van Europa", "kaart", ["papier"], "Mercator, Gerard", "1554"),
        ("1995.033", "Atlas, deel 1", "kaart", ["papier"], "Mercator, Gerard", "1595"),
        ("2001.040", "Studie van een oude man", "schilderij", ["olieverf", "eikenhout"], "Jordaens, Jacob", "ca. 1620"),
        ("2001.041", "Kruisafneming (schets)", "schilderij", ["olieverf", "eikenhout"], "Rubens, Peter Paul", "1611-1612"),
        ("2001.042", "Landschap met regenboog", "schilderij", ["olieverf", "doek"], "Rubens, Peter Paul", "1636"),
        ("2003.050", "Gezicht op Antwerpen", "kaart", ["papier"], null, "17de eeuw"),
        ("2003.051", "Plattegrond van de citadel", "kaart", ["papier"], null, "1567"),
        ("2003.052", "Bozzetto voor een altaar", "beeldhouwwerk", ["eikenhout"], "Quellinus, Artus", "ca. 1650"),
        ("2003.053", "Marmeren reliëf, fragment", "beeldhouwwerk", ["brons"], null, "18de eeuw"),
    ];

    private async Task<Organisation> CollectionAsync(string name)
    {
        var org = await app.Arrange.OrganisationAsync(name);
        var terms = await app.Arrange.TermsAsync(org);
        var i = 0;
        foreach (var (number, title, objectName, materials, maker, dating) in Collection)
            await app.Arrange.ObjectAsync(org, terms, number, title, objectName, materials, maker, dating,
                i % 3 == 0 ? PublicationStatus.Public : PublicationStatus.Internal, hasImage: i++ % 2 == 0);
        return org;
    }

    [Fact]
    public async Task Ticking_a_facet_narrows_the_results_and_keywords_search_as_you_type()
    {
        var org = await CollectionAsync("Museum Zoeken");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Lien Lezer"));
        await page.GotoAsync($"/o/{org.Slug}/objecten");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("22 objecten");

        var map = page.GetByRole(AriaRole.Group, new() { Name = "Objectnaam" }).GetByLabel("kaart");
        await map.CheckAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("6 objecten");
        await Assertions.Expect(page.Locator("#live-count")).ToHaveTextAsync("6 objecten");
        await Assertions.Expect(map).ToBeFocusedAsync();
        await Assertions.Expect(map).ToBeCheckedAsync();
        Assert.Contains("objectName=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(6);

        await page.GetByLabel("Zoekwoorden").FillAsync("wereldkaart");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("1 object");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("1995.031");

        await page.GetByLabel("Zoekwoorden").FillAsync("eenhoorn");
        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("Geen objecten gevonden");
        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("Zet een of meer filters uit");
    }

    [Fact]
    public async Task Search_page_has_no_serious_accessibility_violations()
    {
        var org = await CollectionAsync("Stedelijk Museum Voorbeeld");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        await page.GotoAsync($"/o/{org.Slug}/objecten?sort=ObjectNumber");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(22);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);

        // The README's picture of the search page, refreshed on request only: tests don't write into the repository.
        if (Environment.GetEnvironmentVariable("DEPOT_SCREENSHOT_DIR") is { Length: > 0 } docs)
        {
            Directory.CreateDirectory(docs);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "screenshot-search.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task Object_form_with_errors_has_no_serious_accessibility_violations()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Formulier");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "F.1", "Formulier", dating: "1650");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        await page.GetByLabel("Objectnummer").FillAsync("");
        await page.GetByLabel("Datering", new() { Exact = true }).FillAsync("ooit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx"))) return dir.FullName;
        throw new InvalidOperationException("No Depot.slnx above the test folder.");
    }
}
