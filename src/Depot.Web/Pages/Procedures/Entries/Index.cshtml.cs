using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Entries;

public sealed class IndexModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedureListModel(database, queries, text)
{
    public IReadOnlyList<ObjectEntry> Entries { get; private set; } = [];

    protected override string DefaultSort => "date";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<EntryStatus>(StatusFilter, out var s) ? s : (EntryStatus?)null;
        var page = await Queries.ListAsync<ObjectEntry>(OrganisationId,
            q => status is EntryStatus only ? q.Where(e => e.Status == only) : q,
            q => (SortKey, Descending) switch
            {
                ("number", false) => q.OrderBy(e => e.Number),
                ("number", true) => q.OrderByDescending(e => e.Number),
                (_, false) => q.OrderBy(e => e.EntryDate),
                (_, true) => q.OrderByDescending(e => e.EntryDate),
            }, PageNumber, ct);
        SetPage(page);
        Entries = page.Items;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
