using System.Globalization;
using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Movements;

public sealed class MovementTests(BrowserApp app)
{
    internal static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task Move_an_object_and_see_the_movement_history()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Verplaatsen");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "MV.1", "Portret van een vrouw");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await Assertions.Expect(page.Locator("#current-location")).ToContainTextAsync("Zaal 1");
        await page.Locator("#move-link").ClickAsync();
        await Assertions.Expect(page.Locator("#move-objects")).ToContainTextAsync("MV.1");
        await AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Naar standplaats").SelectOptionAsync(terms.Locations["Kast 3"].ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Reden").SelectOptionAsync("Restoration");
        await page.GetByLabel("Opmerking").FillAsync("Vernis laten nakijken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#current-location")).ToContainTextAsync("Kast 3");
        var row = page.Locator(".movement-table tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("restauratie");
        await Assertions.Expect(row).ToContainTextAsync("Rik Registrator");
        await Assertions.Expect(row).ToContainTextAsync("Vernis laten nakijken");
        await Assertions.Expect(row).ToContainTextAsync("Zaal 1");

        // Yesterday it was still in Zaal 1; the answer comes from the movement history.
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Waar stond het object op").FillAsync(yesterday);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#where-answer")).ToContainTextAsync("Zaal 1");

        await page.GotoAsync($"/o/{org.Slug}/locaties");
        await Assertions.Expect(page.Locator("#location-tree")).ToContainTextAsync("Kast 3");
        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Run_an_inventory_mark_found_and_not_found_close_and_see_the_discrepancies()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Inventaris");
        var terms = await app.Arrange.TermsAsync(org);
        foreach (var (number, title) in new[] { ("INV.1", "Kandelaar"), ("INV.2", "Wandtapijt"), ("INV.3", "Doopvont") })
            await app.Arrange.ObjectAsync(org, terms, number, title);
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/inventarisaties");
        await page.GetByLabel("Naam").FillAsync("Zaal 1, najaar");
        await page.GetByLabel("Standplaats", new() { Exact = true }).SelectOptionAsync(terms.Locations["Zaal 1"].ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Starten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#inventory-items tbody tr")).ToHaveCountAsync(3);

        await page.GetByLabel("Objectnummer (typen of scannen)").FillAsync("INV.1");
        await page.GetByLabel("Objectnummer (typen of scannen)").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#scan-notice")).ToContainTextAsync("INV.1");
        await page.GetByRole(AriaRole.Button, new() { Name = "INV.2 niet gevonden" }).ClickAsync();
        await Assertions.Expect(page.Locator("#item-" + await IdOfAsync(page, "INV.2"))).ToContainTextAsync("niet gevonden");
        await page.GetByRole(AriaRole.Link, new() { Name = "INV.3 elders gevonden" }).ClickAsync();
        await page.GetByLabel("Gevonden op").SelectOptionAsync(terms.Locations["Kast 3"].ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Elders gevonden bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#inventory-items")).ToContainTextAsync("Kast 3");
        await AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Objecten die elders gevonden werden daarheen verplaatsen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();

        await Assertions.Expect(page.Locator("#report-summary")).ToContainTextAsync("3 verwacht: 1 gevonden, 1 niet gevonden, 1 elders gevonden");
        await Assertions.Expect(page.Locator("#report-missing")).ToContainTextAsync("INV.2");
        await Assertions.Expect(page.Locator("#report-elsewhere")).ToContainTextAsync("INV.3");
        await Assertions.Expect(page.Locator("#report-elsewhere")).ToContainTextAsync("Kast 3");
        await Assertions.Expect(page.GetByText("Elders gevonden objecten werden naar hun gevonden standplaats verplaatst.")).ToBeVisibleAsync();
    }

    private static async Task<string> IdOfAsync(IPage page, string number)
    {
        var href = await page.Locator("#inventory-items a", new() { HasText = number }).GetAttributeAsync("href") ?? "";
        return href[(href.LastIndexOf('/') + 1)..];
    }
}
