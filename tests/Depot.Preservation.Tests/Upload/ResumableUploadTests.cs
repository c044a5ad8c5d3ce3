using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Identity;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Upload;

public sealed class ResumableUploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Chunked_upload_becomes_a_file_with_its_checksum(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(700_000);
        var url = await client.StartOkAsync("scan 001.tif", bytes, Ct, sha256: UploadClient.Sha256(bytes));

        var last = await client.SendAllAsync(url, bytes, 256 * 1024, Ct);

        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        var upload = await last.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Completed", upload.GetProperty("state").GetString());
        Assert.Equal(700_000, upload.GetProperty("received").GetInt64());
        var fileUrl = upload.GetProperty("fileUrl").GetString()!;
        var file = await client.Http.GetFromJsonAsync<JsonElement>(fileUrl, Ct);
        Assert.Equal(UploadClient.Sha256(bytes), file.GetProperty("sha256").GetString());
        Assert.Equal("scan 001.tif", file.GetProperty("fileName").GetString());
        Assert.Equal(bytes, await client.Http.GetByteArrayAsync(file.GetProperty("contentUrl").GetString(), Ct));
        Assert.Empty(Directory.EnumerateFiles(app.UploadsFolder));
    }

    [Fact]
    public async Task Upload_resumes_after_a_broken_chunk()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(1_000_000);
        var url = await client.StartOkAsync("big.bin", bytes, Ct, sha256: UploadClient.Sha256(bytes));

        // The connection breaks after 300,000 bytes of a chunk that should have carried them all.
        await Assert.ThrowsAnyAsync<Exception>(() => client.PutAsync(url, bytes, 0, bytes.Length, Ct, new BreakingContent(bytes, 300_000)));
        var received = await client.ReceivedAsync(url, Ct);
        Assert.InRange(received, 0, 300_000);

        var rest = await client.PutAsync(url, bytes, received, bytes.Length - (int)received, Ct);

        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        var file = await db.DigitalFiles.SingleAsync(Ct);
        Assert.Equal(UploadClient.Sha256(bytes), file.Sha256);
        Assert.Equal(1_000_000, file.ByteLength);
    }

    [Fact]
    public async Task Chunk_at_the_wrong_offset_is_refused_with_409_and_the_current_offset()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(100_000);
        var url = await client.StartOkAsync("a.bin", bytes, Ct);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync(url, bytes, 0, 40_000, Ct)).StatusCode);

        var skipped = await client.PutAsync(url, bytes, 60_000, 40_000, Ct);
        var repeated = await client.PutAsync(url, bytes, 0, 40_000, Ct);

        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Equal("40000", skipped.Headers.GetValues("Upload-Offset").Single());
        var problem = await skipped.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(40_000, problem.GetProperty("received").GetInt64());
        Assert.Contains("40000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        Assert.Equal(40_000, await client.ReceivedAsync(url, Ct));
    }

    [Fact]
    public async Task Truncated_upload_never_becomes_a_file()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(50_000);
        var url = await client.StartOkAsync("half.bin", bytes, Ct);

        var half = await client.PutAsync(url, bytes, 0, 25_000, Ct);
        var state = await client.Http.GetFromJsonAsync<JsonElement>(url, Ct);

        Assert.Equal(HttpStatusCode.OK, half.StatusCode);
        Assert.Equal("Receiving", state.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("fileId").ValueKind);
        var list = await client.Http.GetFromJsonAsync<JsonElement>($"{client.Api}/files", Ct);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(25_000, new FileInfo(Assert.Single(Directory.GetFiles(app.UploadsFolder))).Length);

        Assert.Equal(HttpStatusCode.NoContent, (await client.Http.DeleteAsync(url, Ct)).StatusCode);
        Assert.Empty(Directory.GetFiles(app.UploadsFolder));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsync(url, bytes, 25_000, 25_000, Ct)).StatusCode);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.Equal(0, await db.DigitalFiles.CountAsync(Ct));
    }

    [Fact]
    public async Task Checksum_mismatch_is_refused_and_leaves_no_file()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var bytes = UploadClient.Bytes(30_000);
        var wrong = UploadClient.Sha256(UploadClient.Bytes(30_000, seed: 8));
        var url = await client.StartOkAsync("flipped.bin", bytes, Ct, sha256: wrong);

        var last = await client.SendAllAsync(url, bytes, 10_000, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, last.StatusCode);
        Assert.Contains(wrong, (await last.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var state = await client.Http.GetFromJsonAsync<JsonElement>(url, Ct);
        Assert.Equal("Failed", state.GetProperty("state").GetString());
        Assert.Equal("checksum-mismatch", state.GetProperty("refusal").GetProperty("code").GetString());
        Assert.Empty(Directory.GetFiles(app.UploadsFolder));
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.Equal(0, await db.DigitalFiles.CountAsync(Ct));
    }

    [Fact]
    public async Task Chunk_past_the_announced_length_is_refused_and_not_kept()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = new UploadClient(await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct), slug);
        var url = await client.StartOkAsync("small.bin", UploadClient.Bytes(1_000), Ct);
        var content = new ByteArrayContent(UploadClient.Bytes(5_000));
        content.Headers.Add("Upload-Offset", "0");

        var response = await client.Http.PutAsync(url, content, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await client.ReceivedAsync(url, Ct));
    }
}
