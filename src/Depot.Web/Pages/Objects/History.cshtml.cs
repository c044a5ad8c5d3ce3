using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>Every version of an object, newest first, with what it changed field by field; a registrar can make an old version current again.</summary>
public sealed class HistoryModel(RecordStore records, HistoryStore history, ObjectLookups lookups, UiText text) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public CollectionObject Object { get; private set; } = null!;

    public IReadOnlyList<VersionDiff> Versions { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Object = await records.GetAsync<CollectionObject>(OrganisationId, Id, ct, includeDeleted: Grant.CanWrite);
        var versions = await history.ListAsync(OrganisationId, RecordType.Object, Id, ct);
        Versions = await VersionDiff.ForAsync(versions, lookups, OrganisationId, text, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync([FromForm] int version, [FromForm] int currentVersion, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var restored = await records.RestoreAsync<CollectionObject>(OrganisationId, Id, version, currentVersion, Actor, ct);
            Notice = text.Format("history.restored", version, restored.Version);
        }
        catch (StaleEditException stale)
        {
            Notice = text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
        }
        return await OnGetAsync(ct);
    }
}
