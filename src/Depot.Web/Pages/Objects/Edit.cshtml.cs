using Depot.Core.Registration.Objects;
using Depot.Storage.Lookup;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>Edits an object against the version it was loaded at (hidden field): a stale save is refused, never merged.</summary>
public sealed class EditModel(RecordStore records, ObjectLookups lookups, AuthorityLookup authorities, UiText text) : ObjectFormPageModel(records, lookups, authorities, text)
{
    [FromRoute]
    public long Id { get; set; }

    public override bool IsNew => false;

    public override long? ObjectId => Id;

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await ReadOnlyAsync(ct) is { } refused) return refused;
        var stored = await Records.GetAsync<CollectionObject>(OrganisationId, Id, ct);
        Form = ObjectForm.From(stored);
        Heading = stored.ObjectNumber;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (await ReadOnlyAsync(ct) is { } refused) return refused;
        // Fields the form does not show (acquisition, subjects, rights …) keep their stored values.
        var stored = await Records.GetAsync<CollectionObject>(OrganisationId, Id, ct);
        Heading = stored.ObjectNumber;
        // Shown, not posted: the form reads it from the record so a refused save still shows where the object is.
        Form.CurrentLocationId = stored.CurrentLocationId;
        return await SaveAsync(stored, o => Records.UpdateAsync(OrganisationId, o, Form.Version, Actor, ct), ct);
    }

    /// <summary>A harvested object has no edit form: 409 with the source to change it in.</summary>
    private async Task<IActionResult?> ReadOnlyAsync(CancellationToken ct) =>
        await Records.HarvestedFromAsync(OrganisationId, Id, ct) is { } from
            ? StatusPage(StatusCodes.Status409Conflict, Text["harvested.problemTitle"], Text.Format("harvested.refused", from.SourceName))
            : null;
}
