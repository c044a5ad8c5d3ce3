using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Procedures;

public sealed class LoanTests(BrowserApp app)
{
    [Fact]
    public async Task Lend_an_object_out_and_return_it()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Bruikleen");
        var terms = await app.Arrange.TermsAsync(org);
        var painting = await app.Arrange.ObjectAsync(org, terms, "2019.12", "De Schelde bij Antwerpen");
        await app.Services.GetRequiredService<RecordStore>().CreateAsync(org.Id,
            new Agent { Name = "M Leuven", Kind = AgentKind.Organisation }, Actor.System, TestContext.Current.CancellationToken);
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/procedures");
        await Assertions.Expect(page.Locator("#active-loans")).ToContainTextAsync("0 lopende bruiklenen");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe bruikleen" }).ClickAsync();
        await page.GetByLabel("Ontlener (uitgaand) of uitlener (inkomend)").SelectOptionAsync(new SelectOptionValue { Label = "M Leuven" });
        await page.GetByLabel("Objectnummers").FillAsync("2019.12 = 15000");
        await page.GetByLabel("Voorwaarden").FillAsync("Klimaat 20 °C, RV 50 %.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

        var year = DateTime.UtcNow.Year;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bruikleen BL-{year}-0001");
        await Assertions.Expect(page.Locator("#loan-status")).ToContainTextAsync("aangevraagd");
        await Assertions.Expect(page.Locator("dl.fields")).ToContainTextAsync("15.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven" }).ClickAsync();
        await Assertions.Expect(page.Locator("#loan-status")).ToContainTextAsync("akkoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Markeren als uitgeleend" }).ClickAsync();
        await Assertions.Expect(page.Locator("#loan-status")).ToContainTextAsync("uitgeleend");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/o/{org.Slug}/objecten/{painting.Id}");
        await Assertions.Expect(page.Locator("#on-loan-flag")).ToContainTextAsync($"In bruikleen (BL-{year}-0001)");

        await page.GotoAsync($"/o/{org.Slug}/procedures/bruiklenen");
        await Assertions.Expect(page.Locator("#loan-list tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#loan-list")).ToContainTextAsync("uitgeleend");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"BL-{year}-0001" }).ClickAsync();
        await page.GetByLabel("Datum van terugkeer").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Terugkeer registreren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#loan-status")).ToContainTextAsync("teruggekeerd");
        await Assertions.Expect(page.Locator("dl.fields")).ToContainTextAsync("Datum van terugkeer");

        await page.GotoAsync($"/o/{org.Slug}/objecten/{painting.Id}");
        await Assertions.Expect(page.Locator("#object-procedures")).ToContainTextAsync("teruggekeerd");
        await Assertions.Expect(page.Locator("#on-loan-flag")).ToHaveCountAsync(0);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: {string.Join(Environment.NewLine, serious)}");
        Assert.NotEmpty(result.Passes);
    }
}
