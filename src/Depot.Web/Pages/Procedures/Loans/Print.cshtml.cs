using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Procedures.Loans;

/// <summary>
/// The loan agreement with its condition report, for paper: both parties, period, conditions and
/// insurance, then per object its description, the condition on record and room to note the
/// condition at departure and on return; signature lines at the end.
/// </summary>
public sealed class PrintModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, ObjectLookups lookups, UiText text, TimeProvider clock)
    : ProcedurePageModel(database, queries, text)
{
    [FromRoute]
    public long Id { get; set; }

    public Loan Loan { get; private set; } = null!;

    public IReadOnlyList<CollectionObject> LoanObjects { get; private set; } = [];

    public LookupSet Labels { get; private set; } = null!;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await records.FindAsync<Loan>(OrganisationId, Id, ct);
        if (found is null) return Missing();
        Loan = found;
        var ids = found.ObjectIds;
        await using (var db = Database.CreateContext())
        {
            var objects = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == OrganisationId && ids.Contains(o.Id)).ToListAsync(ct);
            LoanObjects = [.. objects.OrderBy(o => ids.IndexOf(o.Id))];
        }
        Labels = await lookups.LoadAsync(OrganisationId, ObjectReferences.Of(LoanObjects), Text.Code, ct);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public string InsuranceOf(long objectId) =>
        Loan.InsuranceValues.FirstOrDefault(v => v.ObjectId == objectId) is { } v ? Amount(new Money(v.Amount, v.Currency)) : "—";

    /// <summary>"hoogte 45,5 cm; breedte 30 cm (met lijst)".</summary>
    public string Dimensions(CollectionObject o) => string.Join("; ", o.Dimensions.Select(d =>
        $"{d.Type} {d.Value.ToString("0.##", Text.Culture)} {d.Unit}{(d.Part.Length > 0 ? $" ({d.Part})" : "")}".Trim()));
}
