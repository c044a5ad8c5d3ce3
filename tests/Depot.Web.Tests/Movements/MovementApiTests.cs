using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Locations;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Movements;

public sealed class MovementApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestOrganisation Org, long Room, long Studio, CollectionObject Object)> ArrangeAsync(DepotApp app)
    {
        var org = await app.CreateOrganisationAsync("museum-verplaats", Ct);
        var records = app.Service<RecordStore>();
        var room = await records.CreateAsync(org.Id, new Location { Name = "Zaal 1", Code = "Z1", Kind = LocationKind.Room }, Actor.System, Ct);
        var studio = await records.CreateAsync(org.Id, new Location { Name = "Atelier", Code = "AT", Kind = LocationKind.Room }, Actor.System, Ct);
        var o = await records.CreateAsync(org.Id, new CollectionObject { ObjectNumber = "V.1", Titles = [new Title("Vaas")], CurrentLocationId = room.Id }, Actor.System, Ct);
        return (org, room.Id, studio.Id, o);
    }

    [Fact]
    public async Task A_move_through_the_api_changes_the_current_location_and_answers_where_it_was_before()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (org, room, studio, o) = await ArrangeAsync(app);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var moved = await (await client.PostAsJsonAsync($"{org.Api}/movements",
            new { objectIds = new[] { o.Id }, toLocationId = studio, reason = "restoration", note = "vernis" }, Ct)).JsonAsync(HttpStatusCode.Created);

        var movement = moved.GetProperty("movements")[0];
        Assert.Equal(room, movement.GetProperty("fromLocationId").GetInt64());
        Assert.Equal("restoration", movement.GetProperty("reason").GetString());
        var obj = await (await client.GetAsync($"{org.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(studio, obj.GetProperty("currentLocationId").GetInt64());
        Assert.Equal(2, obj.GetProperty("version").GetInt32());
        var list = await (await client.GetAsync($"{org.Api}/movements?object={o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("vernis", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("note").GetString());
        var at = Uri.EscapeDataString(before.ToString("O"));
        var where = await (await client.GetAsync($"{org.Api}/movements/location?object={o.Id}&at={at}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(room, where.GetProperty("locationId").GetInt64());
        Assert.Equal("beforeFirstMove", where.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task A_move_to_another_organisations_location_is_refused_with_problem_details_in_english()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (org, _, _, o) = await ArrangeAsync(app);
        var other = await app.CreateOrganisationAsync("ander-museum", Ct);
        var foreign = await app.CreateLocationAsync(other, "Vreemde zaal", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await client.PostAsJsonAsync($"{org.Api}/movements",
            new { objectIds = new[] { o.Id }, toLocationId = foreign.Id }, Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("movement.location.unknown", problem.GetProperty("code").GetString());
        Assert.Contains("location of this organisation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var obj = await app.Service<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, Ct);
        Assert.Equal(1, obj.Version);
    }

    [Fact]
    public async Task Moving_to_the_same_location_is_refused_and_a_viewer_cannot_move()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (org, room, studio, o) = await ArrangeAsync(app);
        var registrar = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var same = await (await registrar.PostAsJsonAsync($"{org.Api}/movements", new { objectIds = new[] { o.Id }, toLocationId = room }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("movement.location.same", same.GetProperty("code").GetString());
        await (await viewer.PostAsJsonAsync($"{org.Api}/movements", new { objectIds = new[] { o.Id }, toLocationId = studio }, Ct))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_inventory_is_started_marked_and_closed_and_then_refuses_changes()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (org, room, studio, o) = await ArrangeAsync(app);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var started = await (await client.PostAsJsonAsync($"{org.Api}/inventories", new { name = "Zaal 1 najaar", locationId = room }, Ct))
            .JsonAsync(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetInt64();
        var items = await (await client.GetAsync($"{org.Api}/inventories/{id}/items", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("V.1", Assert.Single(items.EnumerateArray()).GetProperty("objectNumber").GetString());

        await (await client.PostAsJsonAsync($"{org.Api}/inventories/{id}/marks",
            new { objectId = o.Id, result = "foundElsewhere", foundLocationId = studio }, Ct)).JsonAsync(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync($"{org.Api}/inventories/{id}/close", new { applyMovements = true }, Ct))
            .ProblemAsync(HttpStatusCode.PreconditionRequired);
        var closed = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/inventories/{id}/close",
            new { applyMovements = true }, "\"v1\""), Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(1, closed.GetProperty("elsewhereCount").GetInt32());
        Assert.Equal(studio, (await app.Service<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, Ct)).CurrentLocationId);
        var late = await (await client.PostAsJsonAsync($"{org.Api}/inventories/{id}/marks", new { objectNumber = "V.1" }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("inventory.closed", late.GetProperty("code").GetString());
    }
}
