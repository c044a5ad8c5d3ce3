using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Objects;

/// <summary>The object form shows the current location but leaves changing it to a movement.</summary>
public sealed class ObjectFormLocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edit_form_shows_the_location_read_only_with_a_link_to_move_the_object()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var room = await app.CreateLocationAsync(org, "Zaal 1", Ct);
        var o = await app.Service<RecordStore>().CreateAsync(org.Id,
            new CollectionObject { ObjectNumber = "L.1", Titles = [new Title("Vaas")], CurrentLocationId = room.Id }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{org.Slug}/objecten/{o.Id}/bewerken", Ct));
        var create = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{org.Slug}/objecten/nieuw", Ct));

        Assert.Matches("id=\"current-location-value\">[^<]*Zaal 1", html);
        Assert.Contains($"href=\"/o/{org.Slug}/verplaatsingen/nieuw?object={o.Id}\"", html, StringComparison.Ordinal);
        Assert.Null(ValueOf(html, "Form.CurrentLocationId"));
        Assert.Contains("Nog niet geplaatst", create, StringComparison.Ordinal);
        Assert.Contains("plaats het daarna met Verplaatsen", create, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_location_posted_with_the_form_is_ignored_and_a_save_keeps_the_stored_one()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var room = await app.CreateLocationAsync(org, "Zaal 1", Ct);
        var other = await app.CreateLocationAsync(org, "Zaal 2", Ct);
        var records = app.Service<RecordStore>();
        var o = await records.CreateAsync(org.Id,
            new CollectionObject { ObjectNumber = "L.2", Titles = [new Title("Kan")], CurrentLocationId = room.Id }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/{o.Id}/bewerken";

        var (status, _) = await PostAsync(client, url, await TokenAsync(client, url, Ct),
        [
            F("Form.Version", 1), F("Form.ObjectNumber", "L.2"), F("Form.Titles[0].Text", "Kan met deksel"), F("Form.CurrentLocationId", other.Id),
        ], Ct);

        Assert.Equal(HttpStatusCode.Redirect, status);
        var saved = await records.GetAsync<CollectionObject>(org.Id, o.Id, Ct);
        Assert.Equal("Kan met deksel", saved.PreferredTitle);
        Assert.Equal(room.Id, saved.CurrentLocationId);
    }
}
