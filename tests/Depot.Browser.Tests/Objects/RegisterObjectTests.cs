using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Objects;

public sealed class RegisterObjectTests(BrowserApp app)
{
    [Fact]
    public async Task Register_an_object_with_the_minimal_fields_using_the_pickers_by_keyboard_then_find_and_open_it()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Registratie");
        var terms = await app.Arrange.TermsAsync(org);
        await app.Arrange.ThesaurusAsync(org, "Verwervingsmethoden", "Acquisition methods", ThesaurusPurpose.AcquisitionMethod, ("schenking", "gift"), ("aankoop", "purchase"));
        await app.Arrange.ThesaurusAsync(org, "Technieken", "Techniques", ThesaurusPurpose.Technique, ("ets", "etching"));
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/nieuw");
        await page.GetByLabel("Objectnummer").FillAsync("2026.100");
        await page.PickAsync("Objectnaam", "schil", "schilderij");
        await page.GetByLabel("Titel 1").FillAsync("Gezicht op de Schelde");
        await page.GetByLabel("Korte beschrijving").FillAsync("Rivierzicht met zeilschepen voor de stad.");
        await page.PickAsync("Techniek 1", "kopergravure", "‘kopergravure’ toevoegen als nieuwe term in Technieken");
        await Assertions.Expect(page.Picker("Techniek 1")).ToHaveValueAsync("kopergravure");
        await page.PickAsync("Verwervingsmethode", "schenk", "schenking");
        await page.PickAsync("Verwervingsbron", "jord", "Jordaens, Jacob");
        await page.GetByLabel("Verwervingsdatum").FillAsync("2026-11-20");
        await Assertions.Expect(page.Locator("#current-location-value")).ToHaveTextAsync("Nog niet geplaatst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2026.100 Gezicht op de Schelde");
        await Assertions.Expect(page.Locator("#completeness")).ToContainTextAsync("Minimale registratie: 7 van 8 velden ingevuld");

        // The location is placed by a movement, from the form's read-only location.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" }).First.ClickAsync();
        await page.Locator("#form-move-link").ClickAsync();
        await page.GetByLabel("Naar standplaats").SelectOptionAsync(terms.Locations["Kast 3"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#current-location")).ToContainTextAsync("Kast 3");
        await Assertions.Expect(page.Locator("#completeness")).ToContainTextAsync("Minimale registratie: 8 van 8 velden ingevuld");
        var record = page.Locator("section.record").First;
        await Assertions.Expect(record.Locator("#verwerving")).ToContainTextAsync("schenking");
        await Assertions.Expect(record.Locator("#verwerving")).ToContainTextAsync("Jordaens, Jacob");
        await Assertions.Expect(record.Locator("#verwerving")).ToContainTextAsync("20 november 2026");
        await Assertions.Expect(record.Locator("#fysiek")).ToContainTextAsync("kopergravure");
        await Assertions.Expect(record.Locator("#standplaats")).ToContainTextAsync("Depot Noord › Kast 3 (DN.K3)");

        await page.GotoAsync($"/o/{org.Slug}/objecten?q=Schelde");
        await page.GetByRole(AriaRole.Link, new() { Name = "2026.100" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Gezicht op de Schelde");
    }

    [Fact]
    public async Task Object_page_forms_history_and_completeness_have_no_serious_accessibility_violations()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Toegankelijk");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "T.1", "Toegankelijk portret", maker: "Rubens, Peter Paul", dating: "ca. 1630");
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));
        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken");
        await page.GetByLabel("Titel 1").FillAsync("Toegankelijk portret van een man");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("portret van een man");

        foreach (var url in new[] { $"/o/{org.Slug}/objecten/{o.Id}", $"/o/{org.Slug}/objecten/nieuw", $"/o/{org.Slug}/objecten/{o.Id}/bewerken",
                     $"/o/{org.Slug}/objecten/{o.Id}/geschiedenis", $"/o/{org.Slug}/volledigheid" })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{url}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
            Assert.NotEmpty(result.Passes);
        }

        // The picker's open listbox too.
        await page.GotoAsync($"/o/{org.Slug}/objecten/nieuw");
        await page.Picker("Objectnaam").FillAsync("s");
        await Assertions.Expect(page.Locator("#objectName-listbox [role=option]").First).ToBeVisibleAsync();
        var open = await page.RunAxe();
        Assert.Empty(open.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id + ": " + string.Join(", ", v.Nodes.Select(n => n.Html))));
    }
}
