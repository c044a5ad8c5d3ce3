using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

// ToLower inside these queries is translated to SQL lower(), the same on both engines; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862

namespace Depot.Web.Pages.Authorities;

/// <summary>One thesaurus: its concepts (search, paging) and its titles and purpose.</summary>
public sealed class SchemeModel(DepotDatabase database, UiText text) : OrganisationPageModel
{
    public const int PageSize = 50;

    [FromRoute] public long Id { get; set; }
    [FromQuery(Name = "q")] public string Query { get; set; } = "";
    [FromQuery(Name = "pagina")] public int PageNumber { get; set; } = 1;

    public ConceptScheme Scheme { get; private set; } = null!;
    public IReadOnlyList<Concept> Concepts { get; private set; } = [];
    public int Total { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string TitleNl { get; set; } = "";
    [BindProperty] public string TitleEn { get; set; } = "";
    [BindProperty] public ThesaurusPurpose Purpose { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var scheme = await db.ConceptSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id && s.OrganisationId == OrganisationId, ct);
        if (scheme is null) return Missing();
        Scheme = scheme;
        if (!Request.HasFormContentType) (TitleNl, TitleEn, Purpose) = (scheme.TitleNl, scheme.TitleEn, scheme.Purpose);
        var query = db.Concepts.AsNoTracking().Where(c => c.OrganisationId == OrganisationId && c.SchemeId == Id && !c.IsDeleted);
        var q = Query.Trim();
        if (q.Length > 0) query = query.Where(c => c.PrefLabelNl.ToLower().Contains(q.ToLower()) || c.PrefLabelEn.ToLower().Contains(q.ToLower()));
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Concepts = await query.OrderBy(c => c.PrefLabelNl).ThenBy(c => c.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        await using (var db = database.CreateContext())
        {
            var scheme = await db.ConceptSchemes.SingleOrDefaultAsync(s => s.Id == Id && s.OrganisationId == OrganisationId, ct);
            if (scheme is null) return Missing();
            if (string.IsNullOrWhiteSpace(TitleNl))
            {
                ModelState.AddModelError(nameof(TitleNl), text["thes.title.required"]);
                return await OnGetAsync(ct);
            }
            (scheme.TitleNl, scheme.TitleEn, scheme.Purpose) = (TitleNl.Trim(), TitleEn.Trim(), Purpose);
            await db.SaveChangesAsync(ct);
        }
        Notice = text["thes.saved"];
        return await OnGetAsync(ct);
    }

    public string PageUrl(int page) =>
        $"/o/{OrganisationSlug}/thesauri/{Id}?q={Uri.EscapeDataString(Query)}&pagina={page}";
}
