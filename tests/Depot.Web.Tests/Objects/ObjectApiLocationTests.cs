using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Objects;

/// <summary>As in the form, the object API leaves changing the current location to a movement.</summary>
public sealed class ObjectApiLocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_update_naming_another_location_is_refused_and_one_omitting_it_keeps_the_stored_location()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-api-plaats", Ct);
        var room = await app.CreateLocationAsync(org, "Zaal 1", Ct);
        var other = await app.CreateLocationAsync(org, "Zaal 2", Ct);
        var records = app.Service<RecordStore>();
        var o = await records.CreateAsync(org.Id,
            new CollectionObject { ObjectNumber = "AL.1", Titles = [new Title("Kan")], CurrentLocationId = room.Id }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var refused = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}",
            new { objectNumber = "AL.1", titles = new[] { new { text = "Kan" } }, currentLocationId = other.Id }, "\"v1\""), Ct))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var kept = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}",
            new { objectNumber = "AL.1", titles = new[] { new { text = "Kan met deksel" } } }, "\"v1\""), Ct))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Contains("through a movement", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("currentLocationId", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(room.Id, kept.GetProperty("currentLocationId").GetInt64());
        Assert.Equal(room.Id, (await records.GetAsync<CollectionObject>(org.Id, o.Id, Ct)).CurrentLocationId);
    }
}
