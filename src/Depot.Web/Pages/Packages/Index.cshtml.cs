using Depot.Preservation.Packages;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Web.Exports;
using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Pages.Packages;

/// <summary>
/// Package the objects of a search, the selection, a werkset or everything, with their depot files,
/// as a BagIt bag or an E-ARK SIP for meemoo; always a background job with a progress page, since
/// the files make packages large. The choice of objects works as on the export page.
/// </summary>
public sealed class IndexModel(PackageExport export, PackageJobs jobs, SetStore sets, UiText text, TimeProvider clock) : OrganisationPageModel
{
    /// <summary>results, selection, set or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "set")]
    public long? SetId { get; set; }

    [BindProperty]
    public PackageFormat Format { get; set; } = PackageFormat.BagIt;

    public long? ResultCount { get; private set; }
    public long SelectionCount { get; private set; }
    public IReadOnlyList<SetSummary> Werksets { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Scope.Length == 0) Scope = !string.IsNullOrEmpty(Query) ? "results" : SetId is not null ? "set" : "selection";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (scope, name) = await ScopeAsync(ct);
        if (scope is null || await export.CountAsync(OrganisationId, scope, ct) == 0)
        {
            Error = text[scope is null ? "packages.error.scope" : "packages.error.empty"];
            await LoadAsync(ct);
            return Page();
        }
        var prefix = Format == PackageFormat.EarkSip ? "sip-" : "bag-";
        var fileName = Path.ChangeExtension(ExportDownload.FileName(prefix + name, Depot.Interchange.Exporting.ExportFormat.Csv, clock.GetUtcNow()), ".zip");
        var job = await jobs.EnqueueExportAsync(OrganisationId, new PackageExportPayload(Format, scope.Query, scope.SetId, fileName), ct);
        return Redirect($"/o/{OrganisationSlug}/pakketten/{job.Id}");
    }

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
}
