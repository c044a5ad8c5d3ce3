using System.Net;
using System.Text.RegularExpressions;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Microsoft.EntityFrameworkCore;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Importing;

/// <summary>The import pages as a browser without JavaScript uses them: upload, mapping, dry run, report, import.</summary>
public sealed partial class ImportPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly KeyValuePair<string, string>[] SuggestedMapping =
    [
        F("Columns[0]", "Objectnummer"), F("Fields[0]", "objectNumber"),
        F("Columns[1]", "Titel"), F("Fields[1]", "title"),
        F("Columns[2]", "Objectnaam"), F("Fields[2]", "objectName"),
        F("Columns[3]", "Materiaal"), F("Fields[3]", "material"),
        F("Columns[4]", "Inventarisjaar"), F("Fields[4]", ""),
        F("Delimiter", ";"), F("RepeatSeparator", "|"),
    ];

    [Fact]
    public async Task Csv_upload_is_mapped_checked_reported_and_then_imported()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var id = await world.UploadCsvAsync(Ct);
        var mappingUrl = $"{world.Pages}/{id}/koppeling";

        // The mapping page lists the file's columns, each pre-filled by the suggestion; unknown ones are kept verbatim.
        var mapping = await world.Client.GetStringAsync(mappingUrl, Ct);
        Assert.Matches("<select id=\"field-0\" name=\"Fields\\[0\\]\">[\\s\\S]*?<option value=\"objectNumber\" selected=\"selected\"", mapping);
        Assert.Matches("<select id=\"field-3\" name=\"Fields\\[3\\]\">[\\s\\S]*?<option value=\"material\" selected=\"selected\"", mapping);
        Assert.Contains("Inventarisjaar", mapping, StringComparison.Ordinal);

        var token = await TokenAsync(world.Client, mappingUrl, Ct);
        var (status, _) = await PostAsync(world.Client, mappingUrl + "?handler=check", token, SuggestedMapping, Ct);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var checkedUpload = await world.WaitAsync(id, ImportStage.Checked, Ct);
        Assert.Equal(6, checkedUpload.Records);
        Assert.Equal(6, checkedUpload.Created);
        Assert.Equal(0, await ObjectCountAsync(world, Ct)); // a dry run writes nothing

        // The report: the summary with the kept column, and every record with what would happen.
        var report = WebUtility.HtmlDecode(await world.Client.GetStringAsync($"{world.Pages}/{id}/rapport?run=proef", Ct));
        Assert.Matches("Zou aanmaken</dt><dd id=\"summary-created\">6<", report);
        Assert.Contains("<code>Inventarisjaar</code>", report, StringComparison.Ordinal);
        Assert.Contains("2024.6", report, StringComparison.Ordinal);
        var csv = await world.Client.GetStringAsync($"{world.Pages}/{id}/rapport?run=proef&handler=csv", Ct);
        Assert.Equal(7, csv.Trim().Split('\n').Length);
        Assert.Contains("2024.3,create,", csv, StringComparison.Ordinal);
        var json = await world.Client.GetStringAsync($"{world.Pages}/{id}/rapport?run=proef&handler=json", Ct);
        Assert.Contains("\"objectNumber\":\"2024.5\"", json, StringComparison.Ordinal);

        // Importeren: the second job writes the objects.
        var detailsUrl = $"{world.Pages}/{id}";
        var details = await world.Client.GetStringAsync(detailsUrl, Ct);
        Assert.Contains("id=\"run-import\"", details, StringComparison.Ordinal);
        (status, _) = await PostAsync(world.Client, detailsUrl + "?handler=run", await TokenAsync(world.Client, detailsUrl, Ct), [], Ct);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var imported = await world.WaitAsync(id, ImportStage.Imported, Ct);
        Assert.Equal(6, imported.Created);
        Assert.Equal(6, await ObjectCountAsync(world, Ct));
        await using (var db = world.App.Service<DepotDatabase>().CreateContext())
            Assert.Contains("Gezicht op Brugge", (await db.Objects.SingleAsync(o => o.OrganisationId == world.Org.Id && o.ObjectNumber == "2024.1", Ct)).Titles.Select(t => t.Text));

        var list = WebUtility.HtmlDecode(await world.Client.GetStringAsync(world.Pages, Ct));
        Assert.Contains("collectie.csv", list, StringComparison.Ordinal);
        Assert.Contains("Geïmporteerd", list, StringComparison.Ordinal);
        Assert.Contains("6 records: 6 nieuw", list, StringComparison.Ordinal);
        var importReport = WebUtility.HtmlDecode(await world.Client.GetStringAsync($"{world.Pages}/{id}/rapport?run=import&actie=Create", Ct));
        Assert.Matches("Aangemaakt</dt><dd id=\"summary-created\">6<", importReport);
        Assert.Equal(6, Rows().Count(importReport));
    }

    [Fact]
    public async Task Preview_shows_the_first_five_rows_as_mapped()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var id = await world.UploadCsvAsync(Ct);
        var url = $"{world.Pages}/{id}/koppeling";
        var (status, html) = await PostAsync(world.Client, url + "?handler=preview", await TokenAsync(world.Client, url, Ct), SuggestedMapping, Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        var preview = html[html.IndexOf("id=\"preview-table\"", StringComparison.Ordinal)..];
        Assert.Contains("Portret van een vrouw", preview, StringComparison.Ordinal);
        Assert.Contains("olieverf | paneel", preview, StringComparison.Ordinal);
        Assert.Contains("<code>Inventarisjaar</code>: 1958", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Doopvont", preview, StringComparison.Ordinal); // the sixth row
    }

    [Fact]
    public async Task A_saved_mapping_is_offered_and_fills_the_next_files_columns()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var first = await world.UploadCsvAsync(Ct);
        var url = $"{world.Pages}/{first}/koppeling";
        // Inventarisjaar mapped to the description: no suggestion would do that, so the second file shows the saved mapping at work.
        KeyValuePair<string, string>[] fields = [.. SuggestedMapping.Where(f => f.Key != "Fields[4]"), F("Fields[4]", "description"), F("MappingName", "Stadsmuseum-export")];
        var (status, html) = await PostAsync(world.Client, url + "?handler=save", await TokenAsync(world.Client, url, Ct), fields, Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Koppeling ‘Stadsmuseum-export’ bewaard.", html, StringComparison.Ordinal);

        var second = await world.UploadCsvAsync(Ct);
        var page = await world.Client.GetStringAsync($"{world.Pages}/{second}/koppeling", Ct);
        var savedId = SavedOption().Match(page).Groups[1].Value;
        Assert.NotEmpty(savedId);
        var reused = await world.Client.GetStringAsync($"{world.Pages}/{second}/koppeling?koppeling={savedId}", Ct);
        Assert.Matches("<select id=\"field-4\" name=\"Fields\\[4\\]\">[\\s\\S]*?<option value=\"description\" selected=\"selected\"", reused);
        Assert.DoesNotMatch("<select id=\"field-4\" name=\"Fields\\[4\\]\">[\\s\\S]*?<option value=\"description\" selected=\"selected\"", page);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_the_limit_named()
    {
        await using var world = await ImportWorld.StartAsync(Ct, maxUploadBytes: 100);
        var response = await world.UploadAsync("groot.csv", ImportWorld.Csv, Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Het bestand is groter dan de toegelaten 100 bytes", html, StringComparison.Ordinal);
        await using var db = world.App.Service<DepotDatabase>().CreateContext();
        Assert.Equal(0, await db.ImportUploads.CountAsync(Ct));
    }

    [Fact]
    public async Task A_file_name_with_folders_is_kept_as_its_last_part_only()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var response = await world.UploadAsync("../../etc/collectie.csv", ImportWorld.Csv, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = world.App.Service<DepotDatabase>().CreateContext();
        var upload = await db.ImportUploads.SingleAsync(Ct);
        Assert.Equal("collectie.csv", upload.FileName);
        Assert.DoesNotContain("..", upload.StoredPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_and_a_viewer_cannot_reach_an_import()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var id = await world.UploadCsvAsync(Ct);
        var other = await world.App.CreateOrganisationAsync("ander-museum", Ct);
        var outsider = await world.App.SignInWithRoleAsync(other, OrganisationRole.OrganisationAdmin, Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{world.Pages}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/{other.Slug}/importeren/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/{other.Slug}/importeren/{id}/rapport?handler=csv", Ct)).StatusCode);

        var viewer = await world.App.SignInWithRoleAsync(world.Org, OrganisationRole.Viewer, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(world.Pages, Ct)).StatusCode);
        var objects = await viewer.GetStringAsync($"/o/{world.Org.Slug}/objecten", Ct);
        Assert.DoesNotContain("/importeren\"", objects, StringComparison.Ordinal);
        Assert.Contains($"/o/{world.Org.Slug}/importeren\"", await world.Client.GetStringAsync($"/o/{world.Org.Slug}/objecten", Ct), StringComparison.Ordinal);
    }

    private static async Task<int> ObjectCountAsync(ImportWorld world, CancellationToken ct)
    {
        await using var db = world.App.Service<DepotDatabase>().CreateContext();
        return await db.Objects.CountAsync(o => o.OrganisationId == world.Org.Id, ct);
    }

    [GeneratedRegex("<tr>\\s*<td>\\d+</td>")]
    private static partial Regex Rows();

    [GeneratedRegex("<option value=\"(\\d+)\"[^>]*>Stadsmuseum-export</option>")]
    private static partial Regex SavedOption();
}
