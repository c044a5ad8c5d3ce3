using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Web.Hosting;
using Depot.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Tests.Importing;

/// <summary>The import API: upload the file as the body, dry run with a mapping, read the report, then import.</summary>
public sealed class ImportApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Mapping = new
    {
        columns = new[] { new { column = "Objectnummer", field = "objectNumber" }, new { column = "Titel", field = "title" } },
        delimiter = ";",
        repeatSeparator = "|",
    };

    [Fact]
    public async Task Upload_dry_run_report_and_import_through_the_api()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var api = $"{world.Org.Api}/imports";
        var body = new StringContent(ImportWorld.Csv, Encoding.UTF8, "text/csv");
        var uploaded = await (await world.Client.PostAsync(api + "?fileName=collectie.csv", body, Ct)).JsonAsync(HttpStatusCode.Created);
        var id = uploaded.GetProperty("id").GetInt64();
        Assert.Equal("Csv", uploaded.GetProperty("format").GetString());
        Assert.Equal("uploaded", uploaded.GetProperty("stage").GetString());

        // The import itself before a dry run is refused.
        await (await world.Client.PostAsJsonAsync($"{api}/{id}/runs", new { dryRun = false, mapping = Mapping }, Ct)).ProblemAsync(HttpStatusCode.Conflict);

        var started = await (await world.Client.PostAsJsonAsync($"{api}/{id}/runs", new { dryRun = true, mapping = Mapping }, Ct)).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("checking", started.GetProperty("stage").GetString());
        await world.WaitAsync(id, ImportStage.Checked, Ct);
        var status = await (await world.Client.GetAsync($"{api}/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, status.GetProperty("check").GetProperty("created").GetInt64());
        Assert.Equal(6, status.GetProperty("check").GetProperty("keptPaths").GetProperty("Inventarisjaar").GetInt64());

        var report = await (await world.Client.GetAsync($"{api}/{id}/report?run=check&limit=4", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["2024.1", "2024.2", "2024.3", "2024.4"], report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("objectNumber").GetString()));
        Assert.True(report.GetProperty("hasMore").GetBoolean());

        await (await world.Client.PostAsJsonAsync($"{api}/{id}/runs", new { dryRun = false }, Ct)).JsonAsync(HttpStatusCode.Accepted);
        await world.WaitAsync(id, ImportStage.Imported, Ct);
        await using var db = world.App.Service<DepotDatabase>().CreateContext();
        Assert.Equal(6, await db.Objects.CountAsync(o => o.OrganisationId == world.Org.Id, Ct));
        var imported = await (await world.Client.GetAsync($"{api}/{id}/report?run=import&action=create", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, imported.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task An_api_upload_over_the_limit_is_refused_with_413()
    {
        await using var world = await ImportWorld.StartAsync(Ct, maxUploadBytes: 100);
        var body = new StringContent(ImportWorld.Csv, Encoding.UTF8, "text/csv");
        var problem = await (await world.Client.PostAsync($"{world.Org.Api}/imports?fileName=groot.csv", body, Ct)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("100 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_for_ordinary_requests_is_accepted_up_to_the_import_limit()
    {
        await using var world = await ImportWorld.StartAsync(Ct);
        var rows = new StringBuilder(ImportWorld.Csv);
        while (rows.Length <= RequestLimits.MaxBodyBytes + 1024)
            rows.Append(CultureInfo.InvariantCulture, $"9999.{rows.Length};Opvulregel om het bestand groter te maken dan vier megabyte\n");
        var body = new StringContent(rows.ToString(), Encoding.UTF8, "text/csv");

        var uploaded = await (await world.Client.PostAsync($"{world.Org.Api}/imports?fileName=groot.csv", body, Ct)).JsonAsync(HttpStatusCode.Created);

        Assert.True(uploaded.GetProperty("sizeBytes").GetInt64() > RequestLimits.MaxBodyBytes);
    }
}
