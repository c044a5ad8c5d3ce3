using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Authorities;

public sealed class ThesaurusAndMergeTests(BrowserApp app)
{
    private const string Turtle = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://example.org/glas> a skos:ConceptScheme ; skos:prefLabel "Glassoorten"@nl .
        <https://example.org/glas/1> a skos:Concept ; skos:inScheme <https://example.org/glas> ; skos:prefLabel "glas"@nl-BE, "glass"@en .
        <https://example.org/glas/2> a skos:Concept ; skos:inScheme <https://example.org/glas> ; skos:prefLabel "kristal"@nl ; skos:broader <https://example.org/glas/1> .
        """;

    [Fact]
    public async Task A_registrar_imports_a_thesaurus_and_merges_two_agents_then_undoes_it()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Thesauri");
        var records = app.Services.GetRequiredService<RecordStore>();
        var kept = await records.CreateAsync(org.Id, new Agent { Name = "Rubens, Peter Paul" }, Actor.System, CancellationToken.None);
        var dup = await records.CreateAsync(org.Id, new Agent { Name = "Rubens, P.P." }, Actor.System, CancellationToken.None);
        var o = await records.CreateAsync(org.Id, new CollectionObject { ObjectNumber = "TH.1", Makers = [new MakerCredit(dup.Id, "schilder")] }, Actor.System, CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), $"glas-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(file, Turtle, TestContext.Current.CancellationToken);
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/thesauri");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#thes-notice")).ToContainTextAsync("Glassoorten: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Glassoorten" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "kristal" }).ClickAsync();
        await Assertions.Expect(page.Locator(".fields")).ToContainTextAsync("glas");

        await page.GotoAsync($"/o/{org.Slug}/personen");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rubens, Peter Paul" }).ClickAsync();
        await page.GetByLabel("Dubbel record (wordt verwijderd)").SelectOptionAsync(dup.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Samenvoegen…" }).ClickAsync();
        await Assertions.Expect(page.Locator("#merge-count")).ToContainTextAsync("1 records worden gewijzigd");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Samenvoegen bevestigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#merge-changed")).ToHaveTextAsync("1");
        Assert.Equal(kept.Id, Assert.Single((await records.GetAsync<CollectionObject>(org.Id, o.Id, CancellationToken.None)).Makers).AgentId);

        await page.GetByRole(AriaRole.Button, new() { Name = "Samenvoeging ongedaan maken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#merge-notice")).ToContainTextAsync("ongedaan gemaakt");
        Assert.Equal(dup.Id, Assert.Single((await records.GetAsync<CollectionObject>(org.Id, o.Id, CancellationToken.None)).Makers).AgentId);
        Assert.False((await records.GetAsync<Agent>(org.Id, dup.Id, CancellationToken.None)).IsDeleted);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
