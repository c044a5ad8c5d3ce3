using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Objects;

public sealed class EditObjectTests(BrowserApp app)
{
    [Fact]
    public async Task Duplicate_object_number_is_shown_beside_the_field_in_Dutch_then_the_fixed_object_saves()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Nieuw");
        var terms = await app.Arrange.TermsAsync(org);
        await app.Arrange.ObjectAsync(org, terms, "2026.001", "Bestaand object");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/nieuw");
        await page.GetByLabel("Objectnummer").FillAsync("2026.001");
        await page.PickAsync("Objectnaam", "beeld", "beeldhouwwerk");
        await page.GetByLabel("Titel 1").FillAsync("Buste van een vrouw");
        await page.PickAsync("Vervaardiger 1", "quel", "Quellinus, Artus");
        await page.GetByLabel("Rol").First.FillAsync("beeldhouwer");
        await page.GetByLabel("Datering").FillAsync("ca. 1660");
        await page.PickAsync("Materiaal 1", "bron", "brons");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

        var numberError = page.Locator("#objectNumber-error");
        await Assertions.Expect(numberError).ToContainTextAsync("Objectnummer ‘2026.001’ is al in gebruik in deze organisatie");
        await Assertions.Expect(page.GetByLabel("Objectnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Titel 1")).ToHaveValueAsync("Buste van een vrouw");

        await Assertions.Expect(page.Picker("Vervaardiger 1")).ToHaveValueAsync("Quellinus, Artus");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Nog een vervaardiger" }).ClickAsync();
        await Assertions.Expect(page.Picker("Vervaardiger 2")).ToBeFocusedAsync();
        await page.PickAsync("Vervaardiger 2", "rub", "Rubens, Peter Paul");
        await page.GetByLabel("Objectnummer").FillAsync("2026.002");
        await page.GetByLabel("Objectnummer").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2026.002 Buste van een vrouw");
        var fields = page.Locator("section.record").First;
        await Assertions.Expect(fields).ToContainTextAsync("beeldhouwwerk");
        await Assertions.Expect(fields).ToContainTextAsync("Quellinus, Artus (beeldhouwer)");
        await Assertions.Expect(fields).ToContainTextAsync("Rubens, Peter Paul");
        await Assertions.Expect(fields).ToContainTextAsync("ca. 1660");
        await Assertions.Expect(fields).ToContainTextAsync("1660–1660");
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("Versie 1, laatst gewijzigd door Rik Registrator");
    }

    [Fact]
    public async Task A_dating_Depot_does_not_understand_is_explained_in_Dutch()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Datering");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "DAT.1", "Kaart van Vlaanderen", objectName: "kaart", dating: "ca. 1540");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        await page.GetByLabel("Datering", new() { Exact = true }).FillAsync("tijdens de Tachtigjarige Oorlog");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

        await Assertions.Expect(page.Locator("#dating-error")).ToContainTextAsync("Depot begrijpt de datering ‘tijdens de Tachtigjarige Oorlog’ niet");
        var stored = await app.Services.GetRequiredService<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, TestContext.Current.CancellationToken);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Saving_over_somebody_elses_change_names_them_and_overwrites_nothing()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Gelijktijdig");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "GL.1", "Oorspronkelijke titel");
        var first = await app.NewPageAsync();
        await first.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        var second = await app.NewPageAsync();
        await second.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.OrganisationAdmin, "Bea Beheerder"));

        await first.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        await second.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        await second.GetByLabel("Titel 1").FillAsync("Titel van Bea");
        await second.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Titel van Bea");

        await first.GetByLabel("Titel 1").FillAsync("Titel van Rik");
        await first.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

        await Assertions.Expect(first.Locator("#stale-message")).ToContainTextAsync("Bea Beheerder heeft dit object intussen gewijzigd");
        await Assertions.Expect(first.Locator("#stale-message")).ToContainTextAsync("Er werd niets overschreven");
        var stored = await app.Services.GetRequiredService<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, TestContext.Current.CancellationToken);
        Assert.Equal("Titel van Bea", stored.PreferredTitle);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Viewer_sees_no_edit_button_and_cannot_open_the_form()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Lezen");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "LZ.1", "Alleen lezen");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Lien Lezer"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Alleen lezen");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis" })).ToBeVisibleAsync();

        var response = await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");

        var other = await app.Arrange.OrganisationAsync("Andere organisatie");
        response = await page.GotoAsync($"/o/{other.Slug}/objecten");
        Assert.Equal(404, response!.Status);
    }
}
