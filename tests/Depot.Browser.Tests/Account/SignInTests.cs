using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Web.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Account;

public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task Signed_in_registrar_lands_on_the_organisations_object_list()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Aanmelden");
        var terms = await app.Arrange.TermsAsync(org);
        await app.Arrange.ObjectAsync(org, terms, "AAN.001", "Gezicht op de Schelde", dating: "ca. 1650");
        var email = await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator");
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/o/{org.Slug}/objecten");
        Assert.Contains("/aanmelden", page.Url, StringComparison.Ordinal);
        await page.SignInAsync(email);

        Assert.EndsWith($"/o/{org.Slug}/objecten", page.Url, StringComparison.Ordinal);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "AAN.001" });
        await Assertions.Expect(row).ToContainTextAsync("Gezicht op de Schelde");
        await Assertions.Expect(row).ToContainTextAsync("ca. 1650");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Rik Registrator");
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task The_header_switches_organisation_and_signing_out_ends_the_session()
    {
        var first = await app.Arrange.OrganisationAsync("Abdijmuseum Eerste");
        var second = await app.Arrange.OrganisationAsync("Begijnhofmuseum Tweede");
        await app.Arrange.OrganisationAsync("Museum Zonder Toegang");
        var email = await app.Arrange.UserAsync(first, OrganisationRole.Viewer, "Lien Lezer");
        await app.Services.GetRequiredService<UserAccounts>().SetMembershipAsync(
            (await app.Services.GetRequiredService<UserAccounts>().FindByEmailAsync(email, TestContext.Current.CancellationToken))!.Id,
            second.Id, OrganisationRole.Registrar, TestContext.Current.CancellationToken);
        var page = await app.NewPageAsync();
        await page.SignInAsync(email);

        // Two organisations: the start page lets the person choose.
        await page.GetByRole(AriaRole.Link, new() { Name = "Abdijmuseum Eerste" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Abdijmuseum Eerste");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nieuw object", Exact = true })).ToHaveCountAsync(0);

        var switcher = page.Locator("header details.org-switch");
        await switcher.Locator("summary").ClickAsync();
        await Assertions.Expect(switcher.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Abdijmuseum Eerste", "Begijnhofmuseum Tweede"]);
        await switcher.GetByRole(AriaRole.Link, new() { Name = "Begijnhofmuseum Tweede" }).ClickAsync();
        Assert.EndsWith($"/o/{second.Slug}/objecten", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Begijnhofmuseum Tweede");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nieuw object", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanmelden");
        await page.GotoAsync($"/o/{second.Slug}/objecten");
        Assert.Contains("/aanmelden", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_Dutch_and_demo_accounts_are_not_listed()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Fout");
        var email = await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Lien Lezer");
        var page = await app.NewPageAsync();

        await page.SubmitSignInAsync(email, "niet-het-wachtwoord");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet");
        await Assertions.Expect(page.GetByText("Demo-accounts")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("demo-wachtwoord")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_page_says_until_when()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Slot");
        var email = await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Lien Lezer");
        var page = await app.NewPageAsync();

        for (var i = 0; i < 5; i++)
            await page.SubmitSignInAsync(email, "fout-wachtwoord-" + i);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("je account is tijdelijk geblokkeerd tot");
        await page.SubmitSignInAsync(email, Arrange.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("geblokkeerd");
        Assert.Contains("/aanmelden", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_English_shows_English_labels_and_sets_the_language()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Taal");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "TAAL.1", "Stilleven", objectName: "kandelaar", materials: ["brons"]);
        var email = await app.Arrange.UserAsync(org, OrganisationRole.Viewer, "Lien Lezer");
        var page = await app.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await Assertions.Expect(page.Locator("dl").First).ToContainTextAsync("Objectnaam");
        await Assertions.Expect(page.Locator("dl").First).ToContainTextAsync("kandelaar");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.EndsWith($"/o/{org.Slug}/objecten/{o.Id}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("dl").First).ToContainTextAsync("Object name");
        await Assertions.Expect(page.Locator("dl").First).ToContainTextAsync("candlestick");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("bronze");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "History" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
