using Depot.Core.Registration.Batch;
using Depot.Core.Validation;
using Depot.Storage.Sets;
using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Mvc;
using BatchStore = Depot.Storage.Batch.BatchEditStore;

namespace Depot.Web.Pages.Batch;

/// <summary>
/// Starts a batch edit on a set: first the field, then what to do and the value. Without
/// JavaScript the field is chosen with a button (the page comes back with the right value control).
/// </summary>
public sealed class NewModel(SetStore sets, BatchStore batches, ObjectLookups lookups, UiText text) : OrganisationPageModel
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

    public LookupSet Labels { get; private set; } = null!;

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
        Labels = await lookups.LoadAsync(OrganisationId, text.Code, ct);
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
}
