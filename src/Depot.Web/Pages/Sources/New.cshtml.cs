using Depot.Core.Validation;
using Depot.Network;
using Depot.Network.Sources;
using Depot.Storage.Importing.Mappings;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sources;

/// <summary>Registers a source for the organisation: its admins, or the platform admin on its behalf.</summary>
public sealed class NewModel(SourceStore store, ImportMappingStore mappings, NetworkOptions options) : SourceFormPage(mappings, options)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        try
        {
            var source = await store.CreateAsync(OrganisationId, Form.ToInput(), User.GetDisplayName(), ct);
            return Redirect($"/o/{OrganisationSlug}/bronnen/{source.Id}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            await LoadChoicesAsync(ct);
            return Page();
        }
    }
}
