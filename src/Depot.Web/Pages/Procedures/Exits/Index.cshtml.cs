using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Exits;

public sealed class IndexModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedureListModel(database, queries, text)
{
    public IReadOnlyList<ObjectExit> Exits { get; private set; } = [];

    protected override string DefaultSort => "date";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<ExitStatus>(StatusFilter, out var s) ? s : (ExitStatus?)null;
        var page = await Queries.ListAsync<ObjectExit>(OrganisationId,
            q => status is ExitStatus only ? q.Where(e => e.Status == only) : q,
            q => (SortKey, Descending) switch
            {
                ("number", false) => q.OrderBy(e => e.Number),
                ("number", true) => q.OrderByDescending(e => e.Number),
                (_, false) => q.OrderByDescending(e => e.ExitDate ?? e.AuthorisationDate),
                (_, true) => q.OrderBy(e => e.ExitDate ?? e.AuthorisationDate),
            }, PageNumber, ct);
        SetPage(page);
        Exits = page.Items;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
