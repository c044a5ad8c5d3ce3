using System.Net;
using System.Net.Http.Json;
using System.Text;
using Depot.Core.Identity;
using Depot.Storage.Sets;
using Depot.Storage.Records;
using Depot.Web.Exports;
using Depot.Web.Tests.Objects;
using Depot.Web.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depot.Web.Tests.Exports;

public sealed class ExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestOrganisation> SeedAsync(DepotApp app, string slug)
    {
        var org = await app.CreateOrganisationAsync(slug, Ct);
        await app.CreateObjectAsync(org, "M.10", "Molen bij Damme, \"gezicht\"", Ct);
        await app.CreateObjectAsync(org, "M.2", "Molen; aquarel", Ct);
        await app.CreateObjectAsync(org, "M.3", "Stadsgezicht", Ct);
        return org;
    }

    private static string[] Lines(byte[] csv)
    {
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        return Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Api_streams_a_search_result_as_csv_with_the_chosen_fields()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await SeedAsync(app, "museum-a");
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var response = await client.GetAsync($"{org.Api}/exports/objects?format=csv&q=molen&fields=objectNumber,title&header=keys", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        Assert.Equal(["objectNumber;title", "M.2;\"Molen; aquarel\"", "M.10;\"Molen bij Damme, \"\"gezicht\"\"\""], Lines(await response.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact]
    public async Task Api_streams_xlsx_that_reads_back_and_refuses_an_unknown_format()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await SeedAsync(app, "museum-a");
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var response = await client.GetAsync($"{org.Api}/exports/objects?format=xlsx&fields=title,objectNumber", Ct);
        var bad = await client.GetAsync($"{org.Api}/exports/objects?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => string.Join("/", r.Elements<Cell>().Select(c => c.InnerText))).ToList();
        Assert.Equal(["Titel/Objectnummer", "Molen; aquarel/M.2", "Stadsgezicht/M.3", "Molen bij Damme, \"gezicht\"/M.10"], rows);
        await bad.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Api_streams_lido_with_one_record_per_object()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await SeedAsync(app, "museum-a");
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var response = await client.GetAsync($"{org.Api}/exports/objects?format=lido&q=molen", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        System.Xml.Linq.XNamespace lido = "http://www.lido-schema.org";
        Assert.Equal("lidoWrap", xml.Root!.Name.LocalName);
        Assert.Equal(["M.2", "M.10"], xml.Descendants(lido + "workID").Select(w => w.Value.Trim()));
    }

    [Fact]
    public async Task An_export_job_writes_a_file_that_only_its_own_organisation_can_download()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await SeedAsync(app, "museum-a");
        var other = await SeedAsync(app, "museum-b");
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var outsider = await app.SignInWithRoleAsync(other, OrganisationRole.OrganisationAdmin, Ct);

        var started = await (await client.PostAsJsonAsync($"{org.Api}/exports",
            new { format = "csv", query = "q=molen", fields = new[] { "objectNumber" }, header = "en" }, Ct)).JsonAsync(HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetInt64();
        var status = started;
        for (var i = 0; i < 120 && status.GetProperty("state").GetString() is "Queued" or "Running"; i++)
        {
            await Task.Delay(250, Ct);
            status = await (await client.GetAsync($"{org.Api}/exports/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal(2, status.GetProperty("count").GetInt64());
        var file = await client.GetAsync(status.GetProperty("downloadUrl").GetString(), Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(["Object number", "M.2", "M.10"], Lines(await file.Content.ReadAsByteArrayAsync(Ct)));
        // Another organisation's member gets nothing, neither through its own organisation nor through A's.
        await (await outsider.GetAsync($"{other.Api}/exports/{id}/file", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"{org.Api}/exports/{id}/file", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/{other.Slug}/exporteren/{id}?handler=download", Ct)).StatusCode);
        var page = await client.GetStringAsync($"/o/{org.Slug}/exporteren/{id}", Ct);
        Assert.Contains("export-download", page, StringComparison.Ordinal);
        var download = await client.GetAsync($"/o/{org.Slug}/exporteren/{id}?handler=download", Ct);
        Assert.Equal(["Object number", "M.2", "M.10"], Lines(await download.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact]
    public async Task The_export_page_downloads_a_small_werkset_at_once_and_queues_the_whole_organisation()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await SeedAsync(app, "museum-a");
        var user = await app.CreateUserAsync(org, OrganisationRole.Registrar, Ct);
        var client = await app.SignInAsAsync(user, Ct);
        var sets = app.Service<SetStore>();
        var set = await sets.CreateAsync(org.Id, "Molens", "", Actor.System, Ct);
        const string molen = "M.2";
        await using (var db = app.Service<Depot.Storage.Database.DepotDatabase>().CreateContext())
            await sets.AddAsync(org.Id, set.Id, [.. db.Objects.Where(o => o.OrganisationId == org.Id && o.ObjectNumber == molen).Select(o => o.Id)], Ct);

        var form = await client.GetStringAsync($"/o/{org.Slug}/exporteren?scope=set&set={set.Id}", Ct);
        var token = await PageForms.TokenAsync(client, $"/o/{org.Slug}/exporteren", Ct);
        var direct = await client.PostAsync($"/o/{org.Slug}/exporteren", new FormUrlEncodedContent([
            PageForms.F("Scope", "set"), PageForms.F("set", set.Id), PageForms.F("Format", "Csv"), PageForms.F("Header", "Dutch"),
            PageForms.F("Fields", "objectNumber"), PageForms.F("Fields", "title"), PageForms.F("__RequestVerificationToken", token)]), Ct);
        var queued = await PageForms.PostAsync(client, $"/o/{org.Slug}/exporteren", token,
            [PageForms.F("Scope", "all"), PageForms.F("Format", "Xlsx"), PageForms.F("Header", "Keys"), PageForms.F("Fields", "objectNumber")], Ct);
        var again = await client.GetStringAsync($"/o/{org.Slug}/exporteren", Ct);

        Assert.Contains("Molens (1)", form, StringComparison.Ordinal);
        Assert.Contains("id=\"field-dimension-height\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal("molens", direct.Content.Headers.ContentDisposition?.FileNameStar?.Split('-')[0]);
        Assert.Equal(["Objectnummer;Titel", "M.2;\"Molen; aquarel\""], Lines(await direct.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal(HttpStatusCode.Redirect, queued.Status);
        var jobs = await app.Service<Depot.Storage.Jobs.JobQueue>().ListAsync(org.Id, 5, Ct);
        var job = Assert.Single(jobs, j => j.Kind == ExportJobs.Kind);
        var view = await app.Service<ExportJobs>().FindAsync(org.Id, job.Id, Ct);
        Assert.Equal((Depot.Interchange.Exporting.ExportFormat.Xlsx, null, (long?)null), (view!.Payload.Format, view.Payload.Query, view.Payload.SetId));
        // The choice is remembered: the next form has XLSX and keys ticked and only the object number.
        Assert.Matches("id=\"format-Xlsx\"[^>]*checked", again);
        Assert.Matches("id=\"field-objectNumber\"[^>]*checked", again);
        Assert.DoesNotMatch("id=\"field-title\"[^>]*checked", again);
    }
}
