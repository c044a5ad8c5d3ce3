using Depot.Interchange.Csv;
using Depot.Interchange.Exporting;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Web.Exports;
using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Exports;

/// <summary>
/// Choose what to export (the search result, the selection, a werkset or everything), the format and
/// the columns. Small exports download at once; large ones and whole-organisation exports run as a
/// background job with a progress page. The choice of format and columns is remembered in a cookie.
/// </summary>
public sealed class IndexModel(ObjectExport export, ExportJobs jobs, SetStore sets, UiText text, TimeProvider clock) : OrganisationPageModel
{
    private const string Cookie = "depot.export";

    /// <summary>results, selection, set or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = "";

    /// <summary>The search page's query string (without paging) whose results to export.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "set")]
    public long? SetId { get; set; }

    [BindProperty]
    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    [BindProperty]
    public ExportHeader Header { get; set; } = ExportHeader.Dutch;

    [BindProperty]
    public List<string> Fields { get; set; } = [];

    public long? ResultCount { get; private set; }
    public long SelectionCount { get; private set; }
    public IReadOnlyList<SetSummary> Werksets { get; private set; } = [];
    public string? Error { get; private set; }

    public static IReadOnlyList<CsvField> Catalogue => CsvFields.All;

    public string FieldLabel(CsvField field) => text.IsEnglish ? field.En : field.Nl;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Remembered();
        if (Scope.Length == 0) Scope = !string.IsNullOrEmpty(Query) ? "results" : SetId is not null ? "set" : "selection";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var fields = ExportColumns.Choose(Fields);
        Fields = [.. fields];
        Response.Cookies.Append(Cookie, $"{Format}|{Header}|{string.Join(',', fields)}",
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365), Path = "/" });
        var (scope, name) = await ScopeAsync(ct);
        if (scope is null)
        {
            Error = text["export.error.scope"];
            await LoadAsync(ct);
            return Page();
        }
        var count = await export.CountAsync(OrganisationId, scope, ct);
        if (count == 0)
        {
            Error = text["export.error.empty"];
            await LoadAsync(ct);
            return Page();
        }
        var request = new ExportRequest(Format, scope, fields, Header);
        var fileName = ExportDownload.FileName(name, Format, clock.GetUtcNow());
        if (Scope != "all" && count <= ObjectExport.DirectLimit)
        {
            await ExportDownload.WriteAsync(Response, export, OrganisationId, request, fileName, ct);
            return new EmptyResult();
        }
        var job = await jobs.EnqueueAsync(OrganisationId, new ExportJobPayload(Format, scope.Query, scope.SetId, fields, Header, fileName), ct);
        return Redirect($"/o/{OrganisationSlug}/exporteren/{job.Id}");
    }

    /// <summary>The objects the form asks for and a name for the file; null when the werkset is not one of this organisation's.</summary>
    private async Task<(ObjectScope? Scope, string Name)> ScopeAsync(CancellationToken ct)
    {
        switch (Scope)
        {
            case "results":
                return (new ObjectScope(SearchModel.ToQuery(new QueryCollection(QueryHelpers.ParseQuery(Query ?? "")))), text["export.file.results"]);
            case "all":
                return (ObjectScope.WholeOrganisation, OrganisationSlug);
            case "set":
                return SetId is long id && await sets.FindAsync(OrganisationId, id, ct) is { Kind: ObjectSetKind.Werkset } set
                    ? (new ObjectScope(SetId: set.Id), set.Name) : (null, "");
            default:
                Scope = "selection";
                var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
                return (new ObjectScope(SetId: selection.Id), text["export.file.selection"]);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Query) || Scope == "results")
            ResultCount = await export.CountAsync(OrganisationId, new ObjectScope(SearchModel.ToQuery(new QueryCollection(QueryHelpers.ParseQuery(Query ?? "")))), ct);
        var selection = await sets.SelectionAsync(OrganisationId, Actor, ct);
        SelectionCount = await sets.CountAsync(OrganisationId, selection.Id, ct);
        Werksets = await sets.ListAsync(OrganisationId, ct);
    }

    /// <summary>Format, headings and columns as last chosen (cookie), else CSV, Dutch and the default columns.</summary>
    private void Remembered()
    {
        var parts = (Request.Cookies[Cookie] ?? "").Split('|');
        if (parts.Length == 3)
        {
            if (Enum.TryParse<ExportFormat>(parts[0], out var format)) Format = format;
            if (Enum.TryParse<ExportHeader>(parts[1], out var header)) Header = header;
        }
        Fields = [.. ExportColumns.Choose(parts.Length == 3 ? [parts[2]] : [])];
    }
}
