using Depot.Core;
using Depot.Core.Validation;
using Depot.Storage.Merges;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Authorities;

/// <summary>The confirm screen of a merge: which record stays, which goes, how many records change.</summary>
public sealed class MergeModel(RecordMerger merger, UiText text) : OrganisationPageModel
{
    [BindProperty(SupportsGet = true)] public RecordType Type { get; set; }
    [BindProperty(SupportsGet = true)] public long Kept { get; set; }
    [BindProperty(SupportsGet = true)] public long Removed { get; set; }

    public MergePreview? Preview { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            Preview = await merger.PreviewAsync(OrganisationId, Type, Kept, Removed, ct);
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var merge = await merger.MergeAsync(OrganisationId, Type, Kept, Removed, Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/samenvoegingen/{merge.Id}");
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.Select(text.Message));
            return Page();
        }
    }

    public static string DetailUrl(string org, RecordType type, long id) => type switch
    {
        RecordType.Agent => $"/o/{org}/personen/{id}",
        RecordType.Place => $"/o/{org}/plaatsen/{id}",
        _ => $"/o/{org}/concepten/{id}",
    };
}
