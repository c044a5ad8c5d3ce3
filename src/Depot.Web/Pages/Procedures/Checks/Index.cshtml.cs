using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Checks;

/// <summary>Condition checks, newest first; a check has no status, so the filter is by condition.</summary>
public sealed class IndexModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedureListModel(database, queries, text)
{
    public IReadOnlyList<ConditionCheck> Checks { get; private set; } = [];

    protected override string DefaultSort => "date";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        long? condition = long.TryParse(StatusFilter, out var c) ? c : null;
        var page = await Queries.ListAsync<ConditionCheck>(OrganisationId,
            q => condition is long only ? q.Where(x => x.ConditionId == only) : q,
            q => (SortKey, Descending) switch
            {
                ("number", false) => q.OrderBy(x => x.Number),
                ("number", true) => q.OrderByDescending(x => x.Number),
                (_, false) => q.OrderByDescending(x => x.Date),
                (_, true) => q.OrderBy(x => x.Date),
            }, PageNumber, ct);
        SetPage(page);
        Checks = page.Items;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
