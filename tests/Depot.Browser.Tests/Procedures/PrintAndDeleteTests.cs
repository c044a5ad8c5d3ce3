using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Procedures;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Procedures;

public sealed class PrintAndDeleteTests(BrowserApp app)
{
    [Fact]
    public async Task Print_the_loan_agreement_and_the_object_sheet_then_delete_the_loan_after_confirming()
    {
        var ct = TestContext.Current.CancellationToken;
        var org = await app.Arrange.OrganisationAsync("Museum Afdrukken");
        var terms = await app.Arrange.TermsAsync(org);
        var painting = await app.Arrange.ObjectAsync(org, terms, "2019.12", "De Schelde bij Antwerpen");
        var store = app.Services.GetRequiredService<RecordStore>();
        var borrower = await store.CreateAsync(org.Id, new Agent { Name = "M Leuven", Kind = AgentKind.Organisation }, Actor.System, ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var loan = await store.CreateAsync(org.Id, new Loan
        { PartnerId = borrower.Id, StartDate = today, EndDate = today.AddDays(60), ObjectIds = [painting.Id] }, Actor.System, ct);
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/procedures/bruiklenen/{loan.Id}");
        await page.Locator("#print-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bruikleenovereenkomst {loan.Number}");
        await Assertions.Expect(page.Locator(".condition-report")).ToContainTextAsync("2019.12");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/o/{org.Slug}/objecten/{painting.Id}");
        await page.Locator("#print-link").ClickAsync();
        await Assertions.Expect(page.Locator("#object-sheet")).ToContainTextAsync("De Schelde bij Antwerpen");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/o/{org.Slug}/procedures/bruiklenen/{loan.Id}");
        await page.Locator(".confirm-delete summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#deleted-notice")).ToContainTextAsync($"Procedure {loan.Number} is verwijderd.");
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
