using Depot.Interchange.Csv;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Importing.Mappings;
using Depot.Web.Importing;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Importing;

/// <summary>
/// The column mapping of a CSV or XLSX upload: each column to a Depot field or kept verbatim, the delimiter and
/// the separator of repeated values; a preview of the first rows mapped; save it for reuse; start the dry run.
/// </summary>
public sealed class MappingModel(ImportUploadStore uploads, ImportMappingStore mappings, MappingPreview preview, ImportRuns runs, UiText text)
    : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty] public List<string> Columns { get; set; } = [];
    [BindProperty] public List<string> Fields { get; set; } = [];
    [BindProperty] public string Delimiter { get; set; } = "";
    [BindProperty] public string RepeatSeparator { get; set; } = "|";
    [BindProperty] public string MappingName { get; set; } = "";

    /// <summary>A saved mapping to start from (<c>?koppeling=</c>).</summary>
    [FromQuery(Name = "koppeling")]
    public long? SavedId { get; set; }

    public ImportUpload Upload { get; private set; } = null!;
    public IReadOnlyList<ImportMapping> Saved { get; private set; } = [];
    public IReadOnlyList<SourceRecord>? Preview { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }
    public bool IsCsv => ImportRuns.FormatOf(Upload) == SourceFormat.Csv;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var start = SavedId is long savedId && await mappings.FindAsync(OrganisationId, savedId, ct) is { } saved
            ? DepotJson.Deserialize<CsvMapping>(saved.MappingJson)
            : ImportRuns.MappingOf(Upload);
        Delimiter = start?.Delimiter ?? (IsCsv ? preview.GuessDelimiter(Upload) : ";");
        if (Delimiter == "\t") Delimiter = "tab";
        RepeatSeparator = start?.RepeatSeparator ?? "|";
        await ReadColumnsAsync(start, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        await ReadColumnsAsync(Posted(), ct);
        Preview = await preview.PreviewAsync(Upload, Posted(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(MappingName))
            Error = text["imports.mapping.nameRequired"];
        else
        {
            await mappings.SaveAsync(OrganisationId, MappingName, DepotJson.Serialize(Posted()), Actor.Name, ct);
            Notice = text.Format("imports.mapping.saved", MappingName.Trim());
            Saved = await mappings.ListAsync(OrganisationId, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var mapping = Posted();
        if (!mapping.Columns.Any(c => c.Field == "objectNumber"))
        {
            Error = text["imports.mapping.needsNumber"];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await uploads.SetMappingAsync(OrganisationId, Id, DepotJson.Serialize(mapping), ct);
        Upload.MappingJson = DepotJson.Serialize(mapping);
        var (_, refusedRun) = await runs.StartAsync(Upload, dryRun: true, Actor, ct);
        if (refusedRun != ImportRuns.Refusal.None)
        {
            Error = text[$"importRefusal.{refusedRun}"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/o/{OrganisationSlug}/importeren/{Id}");
    }

    /// <summary>The mapping as posted: only columns given a field; the rest are kept verbatim by the reader.</summary>
    private CsvMapping Posted()
    {
        var columns = Columns.Select((c, i) => (Column: c, Field: i < Fields.Count ? Fields[i] : ""))
            .Where(c => CsvFields.Find(c.Field) is not null)
            .Select(c => new ColumnMapping(c.Column, c.Field)).ToList();
        return new CsvMapping(columns, Delimiter == "tab" ? "\t" : (Delimiter.Length > 0 ? Delimiter : ";"),
            RepeatSeparator.Length > 0 ? RepeatSeparator : "|");
    }

    /// <summary>
    /// The file's columns (read again: a changed delimiter changes them), each with its field from the mapping;
    /// a column the form did not have yet gets the suggested field.
    /// </summary>
    private async Task ReadColumnsAsync(CsvMapping? mapping, CancellationToken ct)
    {
        var known = Columns.ToHashSet(StringComparer.Ordinal);
        var columns = await preview.ColumnsAsync(Upload, Delimiter == "tab" ? "\t" : Delimiter, mapping?.Sheet ?? "", ct);
        var suggested = CsvMappingSuggestion.Suggest(columns).Columns.ToDictionary(c => c.Column, c => c.Field, StringComparer.Ordinal);
        Columns = [.. columns];
        Fields = [.. columns.Select(c => mapping?.Columns.FirstOrDefault(m => m.Column == c)?.Field
            ?? (known.Contains(c) || mapping is not null ? "" : suggested.GetValueOrDefault(c, "")))];
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await uploads.FindAsync(OrganisationId, Id, ct) is not { } upload) return Missing();
        Upload = upload;
        if (!ImportRuns.NeedsMapping(upload)) return Redirect($"/o/{OrganisationSlug}/importeren/{Id}");
        Saved = await mappings.ListAsync(OrganisationId, ct);
        return null;
    }
}
