using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.Upload;

public sealed class UploadAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_organisations_upload_is_404()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgA, slugA) = await app.CreateOrganisationAsync("museum-a", Ct);
        var (orgB, slugB) = await app.CreateOrganisationAsync("museum-b", Ct);
        var owner = new UploadClient(await app.SignInWithRoleAsync(orgA, OrganisationRole.Registrar, Ct), slugA);
        var strangerHttp = await app.SignInWithRoleAsync(orgB, OrganisationRole.OrganisationAdmin, Ct);
        var bytes = UploadClient.Bytes(1_000);
        var url = await owner.StartOkAsync("a.bin", bytes, Ct);
        var sessionId = url[(url.LastIndexOf('/') + 1)..];

        var intoA = await new UploadClient(strangerHttp, slugA).StartAsync(new { fileName = "x.bin", length = 10 }, Ct);
        var viaOwnOrg = await new UploadClient(strangerHttp, slugB).PutAsync($"/api/v1/organisations/{slugB}/uploads/{sessionId}", bytes, 0, 1_000, Ct);
        var direct = await new UploadClient(strangerHttp, slugA).PutAsync(url, bytes, 0, 1_000, Ct);

        Assert.Equal(HttpStatusCode.NotFound, intoA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnOrg.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.Equal(0, await owner.ReceivedAsync(url, Ct));
    }

    [Fact]
    public async Task Viewer_may_not_upload_but_a_registrar_token_may()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var viewer = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Viewer, Ct), slug);
        var token = new UploadClient(await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(2_000);

        var refused = await viewer.StartAsync(new { fileName = "a.bin", length = bytes.Length }, Ct);
        var url = await token.StartOkAsync("a.bin", bytes, Ct);
        var done = await token.SendAllAsync(url, bytes, 2_000, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        var list = await viewer.Http.GetFromJsonAsync<JsonElement>($"{viewer.Api}/files", Ct);
        Assert.Equal("a.bin", list.GetProperty("items")[0].GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task One_shot_upload_takes_files_from_a_token_and_refuses_a_cookie_without_the_antiforgery_header()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var obj = await app.CreateObjectAsync(orgId, "2024.001", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        var cookie = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);

        var created = await token.PostAsync($"/api/v1/organisations/{slug}/files", Form(("objectNumber", "2024.001"), "notes.txt", "hello depot"u8.ToArray()), Ct);
        var forged = await cookie.PostAsync($"/api/v1/organisations/{slug}/files", Form(("objectNumber", "2024.001"), "other.txt", "x"u8.ToArray()), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct))[0];
        Assert.Equal("notes.txt", row.GetProperty("file").GetProperty("fileName").GetString());
        Assert.Equal(obj.Id, row.GetProperty("file").GetProperty("objectId").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Unknown_object_number_is_refused_at_the_start()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);

        var response = await client.StartAsync(new { fileName = "a.bin", length = 10, objectNumber = "NOPE-1" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("NOPE-1", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form((string Name, string Value) field, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new StringContent(field.Value), field.Name } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        return form;
    }
}
