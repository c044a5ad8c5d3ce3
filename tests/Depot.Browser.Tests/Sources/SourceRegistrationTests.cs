using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Sources;

public sealed class SourceRegistrationTests(BrowserApp app)
{
    [Fact]
    public async Task An_organisation_admin_registers_a_source_and_sees_it_listed_with_its_health()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Netwerk");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.OrganisationAdmin, "Ann Beheerder"));
        await page.GotoAsync($"/o/{org.Slug}/objecten");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Bronnen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sources-empty")).ToContainTextAsync("Nog geen bronnen");
        await AssertAccessibleAsync(page);

        await page.Locator("#add-source").ClickAsync();
        await page.GetByLabel("Naam").FillAsync("Stadsarchief OAI");
        await page.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = "OAI-PMH" });
        // A loopback address the platform does not allow, and no schedule: this test never reaches out to a network.
        await page.GetByLabel("URL").FillAsync("ftp://127.0.0.1:9/oai");
        await page.GetByLabel("Metadataformaat").SelectOptionAsync("lido");
        await page.GetByLabel("Volgens schema oogsten").UncheckAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Geef een volledige http- of https-URL");

        await page.GetByLabel("URL").FillAsync("http://127.0.0.1:9/oai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stadsarchief OAI", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#source-health")).ToContainTextAsync("nog nooit");
        await Assertions.Expect(page.Locator("#runs-empty")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" }).GetByRole(AriaRole.Link, new() { Name = "Bronnen" }).ClickAsync();
        var row = page.Locator("#sources tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Stadsarchief OAI");
        await Assertions.Expect(row).ToContainTextAsync("OAI-PMH · http://127.0.0.1:9/oai");
        await Assertions.Expect(row).ToContainTextAsync("nog nooit");
        await Assertions.Expect(row).ToContainTextAsync("niet gepland (uitgeschakeld)");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("Uitgeschakeld");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }
}
