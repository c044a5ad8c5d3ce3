using Depot.Core;
using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>An object as it was at one version (the snapshot in the history), read-only.</summary>
public sealed class VersionModel(HistoryStore history, ObjectLookups lookups, UiText text) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    [FromRoute(Name = "version")]
    public int Number { get; set; }

    public RecordVersion Version { get; private set; } = null!;

    public CollectionObject Snapshot { get; private set; } = null!;

    public ObjectView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await history.GetVersionAsync(OrganisationId, RecordType.Object, Id, Number, ct);
        if (found is null) return Missing();
        Version = found;
        Snapshot = DepotJson.Deserialize<CollectionObject>(found.Snapshot);
        View = new ObjectView(Snapshot, await lookups.LoadAsync(OrganisationId, Snapshot, text.Code, ct), Grant.Organisation.Name);
        return Page();
    }
}
