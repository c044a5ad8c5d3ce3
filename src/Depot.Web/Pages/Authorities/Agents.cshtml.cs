using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

// ToLower inside these queries is translated to SQL lower(), the same on both engines; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862

namespace Depot.Web.Pages.Authorities;

/// <summary>People and organisations (vervaardigers, bronnen …): search, paging and a form for a new one.</summary>
public sealed class AgentsModel(DepotDatabase database, RecordStore records, Depot.Web.Localisation.UiText text) : OrganisationPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "q")] public string Query { get; set; } = "";
    [FromQuery(Name = "pagina")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public AgentKind Kind { get; set; }

    public IReadOnlyList<Agent> Agents { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var query = db.Agents.AsNoTracking().Where(a => a.OrganisationId == OrganisationId && !a.IsDeleted);
        var q = Query.Trim().ToLower();
        if (q.Length > 0) query = query.Where(a => a.Name.ToLower().Contains(q));
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Agents = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var agent = await records.CreateAsync(OrganisationId, new Agent { Name = Name.Trim(), Kind = Kind }, Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/personen/{agent.Id}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError(nameof(Name), text.Message(error));
            return await OnGetAsync(ct);
        }
    }

    public string PageUrl(int page) => $"/o/{OrganisationSlug}/personen?q={Uri.EscapeDataString(Query)}&pagina={page}";
}
