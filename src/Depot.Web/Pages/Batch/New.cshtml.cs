using Depot.Core.Registration.Batch;
using Depot.Core.Validation;
using Depot.Storage.Sets;
using Depot.Web.Localisation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using BatchStore = Depot.Storage.Batch.BatchEditStore;

namespace Depot.Web.Pages.Batch;

/// <summary>
/// Starts a batch edit on a set: first the field, then what to do and the value. Without
/// JavaScript the field is chosen with a button (the page comes back with the right value control).
/// </summary>
public sealed class NewModel(SetStore sets, BatchStore batches, DepotDatabase database, UiText text) : OrganisationPageModel
{
    [BindProperty(SupportsGet = true, Name = "set")]
    public long SetId { get; set; }

    [BindProperty(SupportsGet = true)]
    public BatchField? Field { get; set; }

    [BindProperty]
    public BatchOperation Operation { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    public ObjectSet Set { get; private set; } = null!;

    public long Count { get; private set; }

    /// <summary>Every term of the organisation, grouped per thesaurus, for the value select.</summary>
    public IReadOnlyList<TermChoice> Terms { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public static IReadOnlyList<BatchOperation> Operations(BatchField field) => field switch
    {
        BatchField.Material or BatchField.Technique or BatchField.Subject => [BatchOperation.Add, BatchOperation.Remove, BatchOperation.Set],
        BatchField.PublicationStatus => [BatchOperation.Set],
        _ => [BatchOperation.Set, BatchOperation.Remove],
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var found = await sets.FindAsync(OrganisationId, SetId, ct);
        if (found is null) return Missing();
        Set = found;
        Count = await sets.CountAsync(OrganisationId, SetId, ct);
        Terms = await LoadTermsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (Field is not BatchField field) return await OnGetAsync(ct);
        try
        {
            var batch = await batches.StartAsync(OrganisationId, SetId, new BatchChange(field, Operation, Value?.Trim() ?? ""), Actor, ct);
            return batch is null ? Missing() : Redirect($"/o/{OrganisationSlug}/batchbewerkingen/{batch.Id}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return await OnGetAsync(ct);
        }
    }

    private async Task<IReadOnlyList<TermChoice>> LoadTermsAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var schemes = await db.ConceptSchemes.Where(x => x.OrganisationId == OrganisationId)
            .ToDictionaryAsync(x => x.Id, x => text.IsEnglish && x.TitleEn.Length > 0 ? x.TitleEn : x.TitleNl, ct);
        var concepts = await db.Concepts.Where(c => c.OrganisationId == OrganisationId && !c.IsDeleted).ToListAsync(ct);
        return concepts
            .Select(c => new TermChoice(c.Id, c.Label(text.Code), schemes.GetValueOrDefault(c.SchemeId, "")))
            .OrderBy(c => c.Group, StringComparer.CurrentCulture).ThenBy(c => c.Label, StringComparer.CurrentCulture).ToList();
    }
}

/// <summary>One term in the value select, with the thesaurus it belongs to.</summary>
public sealed record TermChoice(long Id, string Label, string Group);
