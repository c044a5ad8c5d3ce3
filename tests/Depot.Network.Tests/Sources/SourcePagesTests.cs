using System.Net;
using Depot.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Network.Tests.Sources;

public sealed class SourcePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static KeyValuePair<string, string>[] Ldes(string name, string url) =>
        [F("Form.Name", name), F("Form.Kind", "Ldes"), F("Form.Url", url), F("Form.MetadataFormat", ""), F("Form.IntervalMinutes", "60"), F("Form.Enabled", "true"), F("Form.Version", "0")];

    [Fact]
    public async Task An_organisation_admin_registers_a_source_and_harvests_it_now_and_the_health_shows_the_outcome()
    {
        await using var app = new SourcesWebApp();
        var org = await app.OrganisationAsync("stadsmuseum", Ct);
        var admin = await app.SignInAsync(org, OrganisationRole.OrganisationAdmin, Ct);

        var empty = await SourcesWebApp.PageAsync(admin, "/o/stadsmuseum/bronnen", Ct);
        Assert.Contains("Nog geen bronnen", empty);
        Assert.Contains("href=\"/o/stadsmuseum/bronnen/nieuw\"", empty);

        var refused = await SourcesWebApp.PostFormAsync(admin, "/o/stadsmuseum/bronnen/nieuw", "/o/stadsmuseum/bronnen/nieuw",
            Ldes("MSK-stroom", "ftp://ldes.example.be/"), Ct);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Geef een volledige http- of https-URL", refused.Html);

        var saved = await SourcesWebApp.PostFormAsync(admin, "/o/stadsmuseum/bronnen/nieuw", "/o/stadsmuseum/bronnen/nieuw",
            Ldes("MSK-stroom", "https://ldes.example.be/msk"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var sourcePage = saved.Location!;

        app.Harvester.Pages.Add(["+a", "+b", "+bad-9"]);
        app.Harvester.FailWith = TestHarvester.Failure("https://ldes.example.be/msk?page=2");
        var harvest = await SourcesWebApp.PostFormAsync(admin, sourcePage, sourcePage + "?handler=Harvest", [], Ct);
        Assert.Equal(HttpStatusCode.Redirect, harvest.Status);
        Assert.Matches("^/o/stadsmuseum/bronnen/\\d+/oogst/\\d+$", harvest.Location);

        string progress;
        var waited = 0;
        do
        {
            await Task.Delay(200, Ct);
            progress = await SourcesWebApp.PageAsync(admin, harvest.Location!, Ct);
        } while (!progress.Contains("id=\"harvest-error\"") && ++waited < 150);
        Assert.Contains("mislukt", progress);
        Assert.Contains("De bron antwoordde met HTTP 500", progress);
        Assert.Contains("https://ldes.example.be/msk?page=2", progress);

        var list = await SourcesWebApp.PageAsync(admin, "/o/stadsmuseum/bronnen", Ct);
        Assert.Contains("MSK-stroom", list);
        Assert.Contains("+2 / ~0 / −0", list);
        Assert.Contains("<code class=\"source-failing-url\">https://ldes.example.be/msk?page=2</code>", list);
        var details = await SourcesWebApp.PageAsync(admin, sourcePage, Ct);
        Assert.Contains("bad-9", details); // the refusal reason of the run
        Assert.Contains("Geen objectnummer.", details);
    }

    [Fact]
    public async Task Readers_see_the_sources_but_cannot_change_them_and_other_organisations_get_404()
    {
        await using var app = new SourcesWebApp();
        var ours = await app.OrganisationAsync("ons-museum", Ct);
        await app.OrganisationAsync("hun-archief", Ct);
        var admin = await app.SignInAsync(ours, OrganisationRole.OrganisationAdmin, Ct);
        var created = await SourcesWebApp.PostFormAsync(admin, "/o/ons-museum/bronnen/nieuw", "/o/ons-museum/bronnen/nieuw", Ldes("Stroom", "https://x.example.be/ldes"), Ct);
        var id = created.Location!.Split('/')[^1];

        var registrar = await app.SignInAsync(ours, OrganisationRole.Registrar, Ct);
        var list = await SourcesWebApp.PageAsync(registrar, "/o/ons-museum/bronnen", Ct);
        Assert.Contains("Stroom", list);
        Assert.DoesNotContain("/o/ons-museum/bronnen/nieuw", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.GetAsync("/o/ons-museum/bronnen/nieuw", Ct)).StatusCode);

        var department = await app.SignInAsync(null, null, Ct, PlatformRole.Department);
        Assert.Contains("Stroom", await SourcesWebApp.PageAsync(department, $"/o/ons-museum/bronnen/{id}", Ct));
        Assert.Contains("Stroom", await SourcesWebApp.PageAsync(department, "/beheer/bronnen", Ct));

        var stranger = await app.SignInAsync(await app.OrganisationAsync("derde", Ct), OrganisationRole.OrganisationAdmin, Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/o/ons-museum/bronnen/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/beheer/bronnen", Ct)).StatusCode);
        // Another organisation's admin cannot reach the source through its own organisation either.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/o/hun-archief/bronnen/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_newest_version_shown()
    {
        await using var app = new SourcesWebApp();
        var org = await app.OrganisationAsync("stadsmuseum", Ct);
        var admin = await app.SignInAsync(org, OrganisationRole.OrganisationAdmin, Ct);
        var created = await SourcesWebApp.PostFormAsync(admin, "/o/stadsmuseum/bronnen/nieuw", "/o/stadsmuseum/bronnen/nieuw", Ldes("Stroom", "https://x.example.be/ldes"), Ct);
        var edit = created.Location + "/bewerken";

        var first = await SourcesWebApp.PostFormAsync(admin, edit, edit, [.. Ldes("Stroom A", "https://x.example.be/ldes")[..^1], F("Form.Version", "1")], Ct);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        var stale = await SourcesWebApp.PostFormAsync(admin, edit, edit, [.. Ldes("Stroom B", "https://x.example.be/ldes")[..^1], F("Form.Version", "1")], Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Iemand anders heeft deze bron intussen gewijzigd", stale.Html);
        Assert.Contains("value=\"Stroom A\"", stale.Html);
    }

    [Fact]
    public async Task The_platform_page_lists_flagged_sources_first_and_lets_the_platform_admin_add_one_for_an_organisation()
    {
        await using var app = new SourcesWebApp();
        var org = await app.OrganisationAsync("stadsmuseum", Ct);
        var platform = await app.SignInAsync(null, null, Ct, PlatformRole.PlatformAdmin);
        Assert.Contains("Nog geen enkele organisatie heeft een bron", await SourcesWebApp.PageAsync(platform, "/beheer/bronnen", Ct));

        var chosen = await SourcesWebApp.PostFormAsync(platform, "/beheer/bronnen", "/beheer/bronnen?handler=Add", [F("organisation", "stadsmuseum")], Ct);
        Assert.Equal("/o/stadsmuseum/bronnen/nieuw", chosen.Location);
        await SourcesWebApp.PostFormAsync(platform, chosen.Location!, chosen.Location!, Ldes("Gezond", "https://a.example.be/ldes"), Ct);
        var sick = await SourcesWebApp.PostFormAsync(platform, chosen.Location!, chosen.Location!, Ldes("Ziek", "https://b.example.be/ldes"), Ct);

        // Three failures in a row flag a source.
        var runner = app.Services.GetRequiredService<Depot.Network.Harvesting.HarvestRunner>();
        app.Harvester.FailWith = TestHarvester.Failure("https://b.example.be/ldes");
        var sickId = long.Parse(sick.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 3; i++)
            await runner.RunAsync(org.Id, sickId, true, "test", null, new SourcesWorld.Progress(), Ct);

        var page = await SourcesWebApp.PageAsync(platform, "/beheer/bronnen", Ct);
        Assert.Contains("Aandacht nodig", page);
        Assert.True(page.IndexOf("Ziek", StringComparison.Ordinal) < page.IndexOf("Gezond", StringComparison.Ordinal));
        Assert.Contains("Museum stadsmuseum", page);
    }
}
