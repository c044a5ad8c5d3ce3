using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Loans;

/// <summary>Loans in and out, filtered by status and direction, overdue ones flagged (and filterable).</summary>
public sealed class IndexModel(DepotDatabase database, ProcedureQueries queries, UiText text) : ProcedureListModel(database, queries, text)
{
    [FromQuery(Name = "direction")]
    public LoanDirection? Direction { get; set; }

    [FromQuery(Name = "overdue")]
    public bool OverdueOnly { get; set; }

    public IReadOnlyList<Loan> Loans { get; private set; } = [];

    protected override string DefaultSort => "start";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<LoanStatus>(StatusFilter, out var s) ? s : (LoanStatus?)null;
        var today = Today;
        var page = await Queries.ListAsync<Loan>(OrganisationId, q =>
        {
            if (status is LoanStatus only) q = q.Where(l => l.Status == only);
            if (Direction is LoanDirection d) q = q.Where(l => l.Direction == d);
            if (OverdueOnly) q = q.Where(l => l.Status == LoanStatus.OnLoan && l.EndDate < today);
            return q;
        }, q => (SortKey, Descending) switch
        {
            ("number", false) => q.OrderBy(l => l.Number),
            ("number", true) => q.OrderByDescending(l => l.Number),
            ("end", false) => q.OrderBy(l => l.EndDate),
            ("end", true) => q.OrderByDescending(l => l.EndDate),
            ("status", false) => q.OrderBy(l => l.Status),
            ("status", true) => q.OrderByDescending(l => l.Status),
            (_, false) => q.OrderBy(l => l.StartDate),
            (_, true) => q.OrderByDescending(l => l.StartDate),
        }, PageNumber, ct);
        SetPage(page);
        Loans = page.Items;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
