using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Authorities;

/// <summary>Every version of an agent, concept or place, newest first.</summary>
public sealed class AuthorityHistoryModel(HistoryStore history) : OrganisationPageModel
{
    [FromRoute] public RecordType Type { get; set; }
    [FromRoute] public long Id { get; set; }

    public IReadOnlyList<RecordVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Type is not (RecordType.Agent or RecordType.Concept or RecordType.Place)) return Missing();
        Versions = await history.ListAsync(OrganisationId, Type, Id, ct);
        return Versions.Count == 0 ? Missing() : Page();
    }
}
