using Depot.Core;
using Depot.Core.History;
using Depot.Core.Procedures;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures;

/// <summary>Every version of a procedure record, newest first, with the fields each change touched.</summary>
public sealed class HistoryModel(RecordStore records, HistoryStore history) : OrganisationPageModel
{
    [FromRoute]
    public string Kind { get; set; } = "";

    [FromRoute]
    public long Id { get; set; }

    public RecordType Type { get; private set; }

    public string Number { get; private set; } = "";

    public IReadOnlyList<RecordVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ProcedureKinds.FromSegment(Kind) is not RecordType type) return Missing();
        Type = type;
        IProcedure? found = type switch
        {
            RecordType.ObjectEntry => await records.FindAsync<ObjectEntry>(OrganisationId, Id, ct, includeDeleted: true),
            RecordType.Acquisition => await records.FindAsync<ObjectAcquisition>(OrganisationId, Id, ct, includeDeleted: true),
            RecordType.Loan => await records.FindAsync<Loan>(OrganisationId, Id, ct, includeDeleted: true),
            RecordType.ConditionCheck => await records.FindAsync<ConditionCheck>(OrganisationId, Id, ct, includeDeleted: true),
            _ => await records.FindAsync<ObjectExit>(OrganisationId, Id, ct, includeDeleted: true),
        };
        if (found is null) return Missing();
        Number = found.Number;
        Versions = await history.ListAsync(OrganisationId, type, Id, ct);
        return Page();
    }
}
