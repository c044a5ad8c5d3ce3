using Depot.Core.Validation;
using Depot.Network;
using Depot.Network.Sources;
using Depot.Storage.Importing.Mappings;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sources;

/// <summary>Changes a source's registration; an edit based on an old version is refused and shows the newest.</summary>
public sealed class EditModel(SourceStore store, ImportMappingStore mappings, NetworkOptions options) : SourceFormPage(mappings, options)
{
    [FromRoute(Name = "id")]
    public long SourceId { get; set; }

    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        if (await store.FindAsync(OrganisationId, SourceId, ct) is not { } source) return Missing();
        Form = SourceForm.From(source);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        try
        {
            if (await store.UpdateAsync(OrganisationId, SourceId, Form.Version, Form.ToInput(), ct) is null) return Missing();
            return Redirect($"/o/{OrganisationSlug}/bronnen/{SourceId}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
        }
        catch (SourceChangedException)
        {
            Stale = true;
            Form = SourceForm.From((await store.FindAsync(OrganisationId, SourceId, ct))!);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }
}
