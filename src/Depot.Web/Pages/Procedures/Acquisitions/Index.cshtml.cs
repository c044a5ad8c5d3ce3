using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Acquisitions;

public sealed class IndexModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedureListModel(database, queries, text)
{
    public IReadOnlyList<ObjectAcquisition> Acquisitions { get; private set; } = [];

    protected override string DefaultSort => "number";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<AcquisitionStatus>(StatusFilter, out var s) ? s : (AcquisitionStatus?)null;
        var page = await Queries.ListAsync<ObjectAcquisition>(OrganisationId,
            q => status is AcquisitionStatus only ? q.Where(a => a.Status == only) : q,
            q => (SortKey, Descending) switch
            {
                ("date", false) => q.OrderBy(a => a.Date),
                ("date", true) => q.OrderByDescending(a => a.Date),
                (_, false) => q.OrderBy(a => a.Number),
                (_, true) => q.OrderByDescending(a => a.Number),
            }, PageNumber, ct);
        SetPage(page);
        Acquisitions = page.Items;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
