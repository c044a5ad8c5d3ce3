using Depot.Core.Validation;
using Depot.Storage.Sets;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sets;

/// <summary>The organisation's werksets: named selections the team shares, and a form to start a new one.</summary>
public sealed class IndexModel(SetStore sets, UiText text) : OrganisationPageModel
{
    public IReadOnlyList<SetSummary> Sets { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Sets = await sets.ListAsync(OrganisationId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var set = await sets.CreateAsync(OrganisationId, Name ?? "", Description ?? "", Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/werksets/{set.Id}");
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            await OnGetAsync(ct);
            return Page();
        }
    }
}
