using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// What the create and edit pages share: the form, its choices, and turning the store's
/// refusals (invalid fields, a stale version) into messages beside the fields.
/// </summary>
public abstract class ObjectFormPageModel(RecordStore records, ObjectLookups lookups, UiText text) : OrganisationPageModel
{
    [BindProperty]
    public ObjectForm Form { get; set; } = new();

    public LookupSet Choices { get; private set; } = null!;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Set when somebody else saved in between: who and when, in the page's language.</summary>
    public string? StaleMessage { get; private set; }

    public abstract bool IsNew { get; }

    protected RecordStore Records => records;

    public IEnumerable<string> ErrorsFor(string field) => Errors.Where(e => e.Field == field).Select(text.Message);

    public IHtmlContent ErrorFor(string field) => ObjectFormHtml.Errors(field, ErrorsFor(field));

    /// <summary>For <c>aria-describedby</c>: the id of the field's message, when it has one.</summary>
    public string? DescribedBy(string field) => ErrorsFor(field).Any() ? ObjectFormHtml.Key(field) + "-error" : null;

    /// <summary>For <c>aria-invalid</c>: "true" or no attribute.</summary>
    public string? Invalid(string field) => ErrorsFor(field).Any() ? "true" : null;

    /// <summary>Where the error summary links to: the field, or its message for fields inside a row.</summary>
    public string Anchor(string field) =>
        FieldsOnForm.Contains(field) || field.StartsWith("titles[", StringComparison.Ordinal) ? "#" + ObjectFormHtml.Key(field)
        : field.StartsWith("dimensions[", StringComparison.Ordinal) ? "#" + ObjectFormHtml.Key(field) + "-error"
        : "";

    /// <summary>Form fields the page has no input for get their message in the summary only.</summary>
    public static readonly IReadOnlyList<string> FieldsOnForm =
        ["objectNumber", "objectName", "shortDescription", "numberOfParts", "makers", "dating", "materials", "condition", "currentLocation"];

    /// <summary>Without JavaScript, "another row" posts the form as typed and shows it again with a fresh blank row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        Form.Compact();
        return await ShowAsync(ct);
    }

    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await lookups.LoadAsync(OrganisationId, text.Code, ct);
        Form.AddBlankRows();
        return Page();
    }

    /// <summary>Applies the form to <paramref name="target"/> and saves it; on a refusal, shows the form again as typed.</summary>
    protected async Task<IActionResult> SaveAsync(CollectionObject target, Func<CollectionObject, Task<CollectionObject>> save, CancellationToken ct)
    {
        Form.Compact();
        var errors = Form.ApplyTo(target);
        errors.AddRange(UnreadableNumbers());
        try
        {
            if (errors.Count > 0) throw new ValidationFailedException(errors);
            var saved = await save(target);
            return Redirect($"/o/{OrganisationSlug}/objecten/{saved.Id}");
        }
        catch (ValidationFailedException e)
        {
            // When the form itself found problems the store was not asked; the object's own rules still
            // run, so the person sees as many problems as possible at once.
            Errors = errors.Count > 0 ? [.. errors, .. CollectionObjectRules.Validate(target).Where(r => errors.All(f => f.Field != r.Field))] : e.Errors;
        }
        catch (StaleEditException stale)
        {
            StaleMessage = text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(ct);
    }

    private IEnumerable<FieldError> UnreadableNumbers()
    {
        foreach (var (key, field) in new[] { ("Form.NumberOfParts", "numberOfParts"), ("Form.DatingEarliest", "dating"), ("Form.DatingLatest", "dating") })
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && !string.IsNullOrWhiteSpace(entry.AttemptedValue))
                yield return new FieldError(field, "number.invalid",
                    $"‘{entry.AttemptedValue}’ is geen geheel getal.", $"‘{entry.AttemptedValue}’ is not a whole number.");
    }
}
