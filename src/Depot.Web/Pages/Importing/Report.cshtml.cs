using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Web.Importing;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Importing;

/// <summary>The report of the dry run or of the import: summary, then every record paged and filterable, and as CSV or JSON.</summary>
public sealed class ReportModel(ImportUploadStore uploads, ImportFiles files, UiText text) : OrganisationPageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public long Id { get; set; }

    /// <summary><c>proef</c> (the dry run) or <c>import</c>.</summary>
    [FromQuery(Name = "run")]
    public string Run { get; set; } = "proef";

    [FromQuery(Name = "actie")]
    public RecordAction? Action { get; set; }

    [FromQuery(Name = "problemen")]
    public bool IssuesOnly { get; set; }

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ImportUpload Upload { get; private set; } = null!;

    public ImportSummary? Summary { get; private set; }

    public IReadOnlyList<ReportLine> Rows { get; private set; } = [];

    public bool HasMore { get; private set; }

    public bool DryRun => Run != "import";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        PageNumber = Math.Max(1, PageNumber);
        (Rows, HasMore) = ImportReportFile.Page(ReportPath, new ReportFilter(Action, IssuesOnly), PageNumber, PageSize);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{DownloadName}.csv\"";
        await ReportDownloads.WriteCsvAsync(Response.Body, ImportReportFile.Lines(ReportPath, new ReportFilter(Action, IssuesOnly)), text.IsEnglish, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Response.ContentType = "application/json; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{DownloadName}.json\"";
        await ReportDownloads.WriteJsonAsync(Response.BodyWriter, Summary, ImportReportFile.Lines(ReportPath, new ReportFilter(Action, IssuesOnly)), ct);
        return new EmptyResult();
    }

    /// <summary>The link to another page or filter of this report, keeping the rest.</summary>
    public string Link(int page, RecordAction? action, bool issuesOnly, string? handler = null)
    {
        var query = new List<string> { "run=" + (DryRun ? "proef" : "import") };
        if (action is not null) query.Add("actie=" + action);
        if (issuesOnly) query.Add("problemen=true");
        if (page > 1) query.Add("p=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (handler is not null) query.Add("handler=" + handler);
        return $"/o/{OrganisationSlug}/importeren/{Id}/rapport?" + string.Join('&', query);
    }

    private string ReportPath => files.ReportPath(Upload, DryRun);

    private string DownloadName => $"import-{Id}-{(DryRun ? "proef" : "import")}";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await uploads.FindAsync(OrganisationId, Id, ct) is not { } upload) return Missing();
        Upload = upload;
        var json = DryRun ? upload.CheckSummaryJson : upload.ImportSummaryJson;
        if (json.Length > 0) Summary = DepotJson.Deserialize<ImportSummary>(json);
        return null;
    }
}
