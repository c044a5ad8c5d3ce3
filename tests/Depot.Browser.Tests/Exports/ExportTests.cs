using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Exports;

public sealed class ExportTests(BrowserApp app)
{
    [Fact]
    public async Task A_search_result_is_exported_as_csv_and_the_whole_organisation_as_a_background_job()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Export");
        var terms = await app.Arrange.TermsAsync(org);
        await app.Arrange.ObjectAsync(org, terms, "E.1", "Gezicht op de Schelde");
        await app.Arrange.ObjectAsync(org, terms, "E.2", "Portret van een schipper");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Vera Viewer"));
        await page.GotoAsync($"/o/{org.Slug}/objecten?q=schelde");

        await page.Locator("#export-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objecten exporteren", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Het zoekresultaat (1 objecten)")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Exporteren" }).ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path!, TestContext.Current.CancellationToken);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("E.1;Gezicht op de Schelde", text, StringComparison.Ordinal);
        Assert.DoesNotContain("E.2", text, StringComparison.Ordinal);

        await page.GotoAsync($"/o/{org.Slug}/exporteren");
        await page.GetByLabel("Alle objecten van de organisatie").CheckAsync();
        await page.GetByLabel("Excel-werkmap (XLSX)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Exporteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#export-result")).ToHaveTextAsync("De export is klaar: 2 objecten.", new() { Timeout = 60_000 });
        await AssertAccessibleAsync(page);
        var file = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-download").ClickAsync());
        Assert.EndsWith(".xlsx", file.SuggestedFilename, StringComparison.Ordinal);
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
