using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Support.HttpAssertions;

namespace Depot.Web.Tests.Api;

/// <summary>Who may change, delete and undelete objects, and what a cross-site form cannot do.</summary>
public sealed class ObjectAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_an_organisation_admin_deletes_and_undeletes()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var registrar = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var admin = await app.SignInWithRoleAsync(org, OrganisationRole.OrganisationAdmin, Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);
        var url = $"{org.Api}/objects/{o.Id}";

        var refused = await registrar.SendAsync(Request(HttpMethod.Delete, url, ifMatch: "\"v1\""), Ct);
        Assert.Contains("organisatiebeheerder", (await refused.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await registrar.GetAsync(url, Ct)).JsonAsync(HttpStatusCode.OK);

        var deleted = await admin.SendAsync(Request(HttpMethod.Delete, url, ifMatch: "\"v1\""), Ct);
        await deleted.JsonAsync(HttpStatusCode.NoContent);
        Assert.Equal("\"v2\"", deleted.Headers.ETag?.ToString());
        await (await registrar.GetAsync(url, Ct)).ProblemAsync(HttpStatusCode.NotFound);

        await (await registrar.SendAsync(Request(HttpMethod.Post, $"{url}/undelete", ifMatch: "\"v2\""), Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await registrar.SendAsync(Request(HttpMethod.Post, $"{url}/restore/1", ifMatch: "\"v2\""), Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        var undeleted = await admin.SendAsync(Request(HttpMethod.Post, $"{url}/undelete", ifMatch: "\"v2\""), Ct);
        Assert.False((await undeleted.JsonAsync(HttpStatusCode.OK)).GetProperty("isDeleted").GetBoolean());
        var back = await (await registrar.GetAsync(url, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, back.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);

        await (await viewer.GetAsync($"{org.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        await (await viewer.PostAsJsonAsync($"{org.Api}/objects", new { objectNumber = "A.2" }, Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.SendAsync(Request(HttpMethod.Put, $"{org.Api}/objects/{o.Id}", new { objectNumber = "A.9" }, "\"v1\""), Ct))
            .ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("A.1", (await (await viewer.GetAsync($"{org.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("objectNumber").GetString());
    }

    [Fact]
    public async Task A_cross_site_form_post_is_refused_and_creates_nothing()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.OrganisationAdmin, Ct);

        var form = await client.PostAsync($"{org.Api}/objects", new FormUrlEncodedContent([new("objectNumber", "X.1")]), Ct);
        await form.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var o = await app.CreateObjectAsync(org, "A.1", "Kan", Ct);
        // A body-less POST, as a form could send, needs If-Match, which a form cannot set.
        await (await client.PostAsync($"{org.Api}/objects/{o.Id}/restore/1", new FormUrlEncodedContent([]), Ct)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Null(await app.Service<Depot.Storage.Records.RecordStore>().FindAsync<Depot.Core.Registration.Objects.CollectionObject>(org.Id, o.Id + 1, Ct));
    }
}
