using Depot.Core.Registration.Authorities;
using Depot.Interchange.Rdf;
using Depot.Interchange.Skos;
using Depot.Interchange.Skos.Starter;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Web.Localisation;
using Depot.Web.Thesauri;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Authorities;

/// <summary>The organisation's thesauri: list, create, import a SKOS file, load the starter set.</summary>
[RequestSizeLimit(ThesaurusImports.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ThesaurusImports.MaxUploadBytes)]
public sealed class ThesauriModel(DepotDatabase database, ThesaurusImports imports, StarterThesaurus starter, JobQueue jobs, TimeProvider clock, UiText text)
    : OrganisationPageModel
{
    public sealed record Row(ConceptScheme Scheme, int Concepts);

    public IReadOnlyList<Row> Schemes { get; private set; } = [];
    public IReadOnlyList<BackgroundJob> Imports { get; private set; } = [];
    public IReadOnlyList<SkosImportReport> Reports { get; private set; } = [];
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string TitleNl { get; set; } = "";
    [BindProperty] public string TitleEn { get; set; } = "";
    [BindProperty] public ThesaurusPurpose Purpose { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var counts = await db.Concepts.Where(c => c.OrganisationId == OrganisationId && !c.IsDeleted)
            .GroupBy(c => c.SchemeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var schemes = await db.ConceptSchemes.AsNoTracking().Where(s => s.OrganisationId == OrganisationId).OrderBy(s => s.TitleNl).ToListAsync(ct);
        Schemes = [.. schemes.Select(s => new Row(s, counts.GetValueOrDefault(s.Id)))];
        Imports = [.. (await jobs.ListAsync(OrganisationId, 20, ct)).Where(j => j.Kind == ThesaurusImports.JobKind).Take(5)];
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (string.IsNullOrWhiteSpace(TitleNl))
        {
            ModelState.AddModelError(nameof(TitleNl), text["thes.title.required"]);
            return await OnGetAsync(ct);
        }
        await using var db = database.CreateContext();
        var scheme = new ConceptScheme { OrganisationId = OrganisationId, TitleNl = TitleNl.Trim(), TitleEn = TitleEn.Trim(), Purpose = Purpose, CreatedAt = clock.GetUtcNow() };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return Redirect($"/o/{OrganisationSlug}/thesauri/{scheme.Id}");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, ThesaurusPurpose? importPurpose, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (file is null || file.Length == 0)
        {
            Error = text["thes.import.nofile"];
            return await OnGetAsync(ct);
        }
        try
        {
            await using var stream = file.OpenReadStream();
            var started = await imports.StartAsync(OrganisationId, file.FileName, stream, file.Length,
                new SkosImportOptions(Purpose: importPurpose, FallbackTitle: Path.GetFileNameWithoutExtension(file.FileName)), Actor, ct);
            if (started.Report is { } report)
            {
                Reports = [report];
                Notice = text.Format("thes.import.done", report.SchemeTitle, report.Created, report.Updated, report.Unchanged, report.Warnings.Count);
            }
            else
            {
                Notice = text.Format("thes.import.queued", started.Job!.Id);
            }
        }
        catch (RdfSyntaxException ex)
        {
            Error = text.Format("thes.import.invalid", file.FileName, ex.Message);
        }
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostStarterAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        Reports = await starter.LoadAsync(OrganisationId, Actor, ct);
        Notice = text.Format("thes.starter.done", Reports.Sum(r => r.Created), Reports.Sum(r => r.Updated), Reports.Sum(r => r.Unchanged));
        return await OnGetAsync(ct);
    }
}
