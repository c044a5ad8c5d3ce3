using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Sets;

public sealed class BatchEditTests(BrowserApp app)
{
    private const int Count = 1_000;

    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 180_000 };

    private async Task<(Organisation Org, Terms Terms)> ThousandObjectsAsync(string name)
    {
        var org = await app.Arrange.OrganisationAsync(name);
        var terms = await app.Arrange.TermsAsync(org);
        var objects = Enumerable.Range(1, Count).Select(i => new CollectionObject
        {
            ObjectNumber = $"2024.{i:D4}",
            ObjectNameId = terms.ObjectNames[i % 2 == 0 ? "schilderij" : "kaart"],
            Titles = [new Title(i % 2 == 0 ? $"Landschap {i}" : $"Kaart van Vlaanderen {i}")],
            MaterialIds = [terms.Materials["papier"]],
            NumberOfParts = 1,
        });
        var database = app.Services.GetRequiredService<DepotDatabase>();
        await new BulkLoader(database, TimeProvider.System).LoadObjectsAsync(org.Id, objects, new Actor(null, "Testdata"), null, CancellationToken.None);
        return (org, terms);
    }

    [Fact]
    public async Task Batch_edit_of_a_thousand_selected_objects_runs_with_progress_and_is_undone()
    {
        var (org, terms) = await ThousandObjectsAsync("Museum Batch");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        await page.GotoAsync($"/o/{org.Slug}/objecten?sort=ObjectNumber");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("1.000 objecten");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Alle 1.000 resultaten selecteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync("1.000 geselecteerd");
        await Assertions.Expect(page.GetByLabel("Selecteer 2024.0001")).ToBeCheckedAsync();

        // One box unticked with htmx leaves the selection at once.
        await page.GetByLabel("Selecteer 2024.0002").UncheckAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync("999 geselecteerd");

        await page.GetByRole(AriaRole.Link, new() { Name = "999 geselecteerd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn selectie", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Een veld wijzigen" }).ClickAsync();
        await page.GetByLabel("Veld").SelectOptionAsync("Material");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dit veld kiezen" }).ClickAsync();
        await page.GetByLabel("Waarde").SelectOptionAsync(new SelectOptionValue { Label = "brons" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start de batch (999 objecten)" }).ClickAsync();

        await Assertions.Expect(page.Locator("#batch-state")).ToHaveTextAsync("Klaar", Slow);
        await Assertions.Expect(page.Locator("#batch-changed")).ToHaveTextAsync("999");
        await AssertAccessibleAsync(page);
        var first = await FindAsync(org, "2024.0001");
        Assert.Equal([terms.Materials["papier"], terms.Materials["brons"]], first.MaterialIds);
        Assert.Equal([terms.Materials["papier"]], (await FindAsync(org, "2024.0002")).MaterialIds);

        await page.GetByRole(AriaRole.Button, new() { Name = "Deze batch ongedaan maken (999 objecten)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#batch-state")).ToHaveTextAsync("Ongedaan gemaakt", Slow);
        await Assertions.Expect(page.Locator("#batch-undone")).ToHaveTextAsync("999");
        var restored = await FindAsync(org, "2024.0001");
        Assert.Equal([terms.Materials["papier"]], restored.MaterialIds);
        Assert.Equal(3, restored.Version);

        await page.GotoAsync($"/o/{org.Slug}/batchbewerkingen");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Ongedaan gemaakt");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Grid_view_sets_and_saved_searches_have_no_serious_accessibility_violations()
    {
        var (org, _) = await ThousandObjectsAsync("Museum Raster");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        await page.GotoAsync($"/o/{org.Slug}/objecten?q=kaart");
        await page.GetByRole(AriaRole.Link, new() { Name = "Raster" }).ClickAsync();
        await Assertions.Expect(page.Locator(".object-card")).ToHaveCountAsync(25);
        Assert.Contains("view=grid", page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        // The view and the search survive paging and saving.
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
        await Assertions.Expect(page.Locator(".object-card")).ToHaveCountAsync(25);
        await page.GetByLabel("Naam voor deze zoekopdracht").FillAsync("Alle kaarten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoekopdracht bewaren" }).ClickAsync();
        await page.GotoAsync($"/o/{org.Slug}/objecten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alle kaarten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("500 objecten");
        await Assertions.Expect(page.Locator(".object-card")).ToHaveCountAsync(25);

        await page.GetByRole(AriaRole.Button, new() { Name = "Hele pagina selecteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync("25 geselecteerd");
        await page.GotoAsync($"/o/{org.Slug}/selectie");
        await page.GetByLabel("Naam van de nieuwe werkset").FillAsync("Kaarten voor de zomer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kopiëren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kaarten voor de zomer", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/o/{org.Slug}/werksets");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Kaarten voor de zomer");
        await AssertAccessibleAsync(page);
    }

    private async Task<CollectionObject> FindAsync(Organisation org, string number)
    {
        await using var db = app.Services.GetRequiredService<DepotDatabase>().CreateContext();
        var id = db.Objects.Single(o => o.OrganisationId == org.Id && o.ObjectNumber == number).Id;
        return await app.Services.GetRequiredService<RecordStore>().GetAsync<CollectionObject>(org.Id, id, CancellationToken.None);
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
