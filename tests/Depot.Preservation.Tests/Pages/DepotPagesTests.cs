using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Depot.Core.Identity;
using Depot.Core.Preservation;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Pages;

public sealed partial class DepotPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Empty_depot_says_how_to_fill_it()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);

        var html = await client.GetStringAsync($"/o/{slug}/depot", Ct);

        Assert.Contains("Het depot is nog leeg", html, StringComparison.Ordinal);
        Assert.Contains($"depot ingest MAP --org {slug}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/o/{slug}/depot/opladen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_list_sorts_filters_and_searches_by_hash()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var obj = await app.CreateObjectAsync(orgId, "2024.001", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        await UploadAsync(token, slug, "beta.txt", "bb", obj.Id);
        await UploadAsync(token, slug, "alpha.bin", "a");
        await UploadAsync(token, slug, "gamma.txt", "gggg");
        var client = await app.SignInWithRoleAsync(orgId, OrganisationRole.Viewer, Ct);
        var gammaSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("gggg"u8.ToArray()));

        var byName = await client.GetStringAsync($"/o/{slug}/depot?sort=name", Ct);
        var bySizeDesc = await client.GetStringAsync($"/o/{slug}/depot?sort=size&desc=true", Ct);
        var unlinked = await client.GetStringAsync($"/o/{slug}/depot?linked=no", Ct);
        var byHash = await client.GetStringAsync($"/o/{slug}/depot?q={gammaSha[..10]}", Ct);
        var textOnly = await client.GetStringAsync($"/o/{slug}/depot?format=x-fmt/111", Ct);

        Assert.Equal(["alpha.bin", "beta.txt", "gamma.txt"], Names(byName));
        Assert.Equal(["gamma.txt", "beta.txt", "alpha.bin"], Names(bySizeDesc));
        Assert.Equal(["alpha.bin", "gamma.txt"], Names(unlinked).Order(StringComparer.Ordinal));
        Assert.Equal(["gamma.txt"], Names(byHash));
        Assert.Equal(["beta.txt", "gamma.txt"], Names(textOnly).Order(StringComparer.Ordinal));
        Assert.Contains(">2024.001</a>", byName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_page_shows_checksums_copies_events_and_the_derivative_failure()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        var id = await UploadAsync(token, slug, "scan.tif", "not really a tiff");
        // The app's job worker tries the derivatives of the ".tif" and computes its MD5 first; the state below is set after both are done.
        for (var i = 0; i < 300; i++)
        {
            await using var poll = app.Service<DepotDatabase>().CreateContext();
            if (!await poll.Jobs.AnyAsync(j => (j.Kind == Depot.Preservation.PreservationJobs.Derivatives || j.Kind == Depot.Preservation.PreservationJobs.Md5)
                    && (j.State == Depot.Storage.Jobs.JobState.Queued || j.State == Depot.Storage.Jobs.JobState.Running), Ct)) break;
            await Task.Delay(200, Ct);
        }
        await using (var db = app.Service<DepotDatabase>().CreateContext())
        {
            var file = await db.DigitalFiles.SingleAsync(f => f.Id == id, Ct);
            file.Derivatives = DerivativeState.Failed;
            file.DerivativeError = "VipsForeignLoad: not a known file format";
            file.EmbeddedMetadata = """{"Exif IFD0": {"Make": "Hasselblad", "Model": "H6D"}}""";
            // As before the MD5 job has come to it (the job itself has run and gone: nothing fills it in again).
            file.Md5 = "";
            db.DigitalFiles.Update(file);
            // The copies as an audit would have left them: one intact, one corrupt on another store.
            await db.ContentReplicas.Where(r => r.Sha256 == file.Sha256).ExecuteDeleteAsync(Ct);
            db.ContentReplicas.Add(new ContentReplica { Sha256 = file.Sha256, Store = "local-a", State = ReplicaState.Present, CreatedAt = DateTimeOffset.UtcNow });
            db.ContentReplicas.Add(new ContentReplica { Sha256 = file.Sha256, Store = "s3", State = ReplicaState.Corrupt, CreatedAt = DateTimeOffset.UtcNow, LastMessage = "SHA-256 0bad… found" });
            PreservationEventLog.Record(db, file, PreservationEventType.FixityCheck, EventOutcome.Failure, "SHA-256 mismatch on s3", "Depot fixity audit", DateTimeOffset.UtcNow, "s3");
            await db.SaveChangesAsync(Ct);
        }
        var client = await app.SignInWithRoleAsync(orgId, OrganisationRole.Viewer, Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{slug}/depot/bestanden/{id}", Ct));

        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("not really a tiff"u8.ToArray())), html, StringComparison.Ordinal);
        Assert.Contains("VipsForeignLoad: not a known file format", html, StringComparison.Ordinal);
        Assert.Contains("Hasselblad", html, StringComparison.Ordinal);
        Assert.Matches("id=\"file-md5\">\\s*<span class=\"muted\">wordt berekend</span>", html);
        Assert.Contains("Beschadigd", html, StringComparison.Ordinal);
        Assert.Contains("SHA-256 mismatch on s3", html, StringComparison.Ordinal);
        Assert.Contains("Opname", html, StringComparison.Ordinal);
        Assert.Equal("not really a tiff", await client.GetStringAsync($"/o/{slug}/depot/bestanden/{id}?handler=download", Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/o/{slug}/depot/bestanden/{id + 1000}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Object_page_lists_its_depot_files()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var obj = await app.CreateObjectAsync(orgId, "2024.007", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        var id = await UploadAsync(token, slug, "2024.007_front.txt", "front", obj.Id);
        var client = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);

        var html = await client.GetStringAsync($"/o/{slug}/objecten/{obj.Id}", Ct);

        Assert.Contains("id=\"bestanden\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/o/{slug}/depot/bestanden/{id}\">2024.007_front.txt</a>", html, StringComparison.Ordinal);
        Assert.Contains($"/o/{slug}/depot/opladen?object={obj.Id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_page_is_for_registrars_and_offers_drop_manifest_and_progress_in_english_too()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var viewer = await app.SignInWithRoleAsync(orgId, OrganisationRole.Viewer, Ct);
        var registrar = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);

        var refused = await viewer.GetAsync($"/o/{slug}/depot/opladen", Ct);
        var html = await registrar.GetStringAsync($"/o/{slug}/depot/opladen?lang=en", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("id=\"drop-zone\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"upload-manifest\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-api=\"/api/v1/organisations/{slug}\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/depot-upload.js", html, StringComparison.Ordinal);
        Assert.Contains("Drag files onto this area", html, StringComparison.Ordinal);
    }

    internal static async Task<long> UploadAsync(HttpClient token, string slug, string name, string text, long? objectId = null)
    {
        var form = new MultipartFormDataContent();
        if (objectId is long o) form.Add(new StringContent(o.ToString(System.Globalization.CultureInfo.InvariantCulture)), "objectId");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var response = await token.PostAsync($"/api/v1/organisations/{slug}/files", form, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content, Ct);
        return json[0].GetProperty("file").GetProperty("id").GetInt64();
    }

    private static List<string> Names(string html) =>
        [.. FileLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<td><a href=\"/o/[^/]+/depot/bestanden/\\d+\">([^<]+)</a></td>")]
    private static partial Regex FileLink();
}
