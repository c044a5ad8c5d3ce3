using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Objects;

public sealed class HistoryTests(BrowserApp app)
{
    [Fact]
    public async Task An_edit_shows_in_the_history_and_restoring_the_old_version_makes_a_new_one()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Geschiedenis");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "GS.1", "Portret van een man", dating: "1630");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" }).ClickAsync();
        await page.GetByLabel("Titel 1").FillAsync("Portret van een koopman");
        await page.GetByLabel("Datering", new() { Exact = true }).FillAsync("1632");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Portret van een koopman");

        await page.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis" }).ClickAsync();
        var latest = page.Locator("tbody tr").First;
        await Assertions.Expect(latest).ToContainTextAsync("Rik Registrator");
        await Assertions.Expect(latest).ToContainTextAsync("gewijzigd");
        await Assertions.Expect(latest).ToContainTextAsync("titels");
        await Assertions.Expect(latest).ToContainTextAsync("datering");
        // The change reads as old value → new value, not as JSON.
        await Assertions.Expect(latest.Locator("del").First).ToHaveTextAsync("Oud: Portret van een man (voorkeurstitel, nl)");
        await Assertions.Expect(latest.Locator("ins").First).ToHaveTextAsync("Nieuw: Portret van een koopman (voorkeurstitel, nl)");
        await Assertions.Expect(latest.Locator("del").Nth(1)).ToHaveTextAsync("Oud: 1630 (1630–1630)");
        await Assertions.Expect(latest.Locator("ins").Nth(1)).ToHaveTextAsync("Nieuw: 1632 (1632–1632)");
        await Assertions.Expect(latest).Not.ToContainTextAsync("{");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "Versie 1 bekijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.record")).ToContainTextAsync("Portret van een man");
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Versie 1 terugzetten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#history-notice")).ToContainTextAsync("Versie 1 is teruggezet als nieuwe versie 3");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("oude versie teruggezet");

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Portret van een man");
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("Versie 3");
    }

    [Fact]
    public async Task Registrar_deletes_and_only_an_organisation_admin_can_undelete()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Verwijderen");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "VW.1", "Te verwijderen");
        var registrar = await app.NewPageAsync();
        await registrar.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await registrar.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status)).ToContainTextAsync("Dit object is verwijderd");
        await Assertions.Expect(registrar.GetByRole(AriaRole.Button, new() { Name = "Terugzetten" })).ToHaveCountAsync(0);

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.OrganisationAdmin, "Bea Beheerder"));
        await admin.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Terugzetten" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Dit object is verwijderd")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Locator(".meta")).ToContainTextAsync("Versie 3, laatst gewijzigd door Bea Beheerder");
    }
}
