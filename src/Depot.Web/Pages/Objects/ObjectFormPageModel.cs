using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Lookup;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// What the create and edit pages share: the form, the labels of what it points at, the repeatable
/// rows, the pickers' no-JavaScript search, and turning the store's refusals (invalid fields, a stale
/// version) into messages beside the fields.
/// </summary>
public abstract partial class ObjectFormPageModel(RecordStore records, ObjectLookups lookups, AuthorityLookup authorities, UiText text) : OrganisationPageModel
{
    [BindProperty]
    public ObjectForm Form { get; set; } = new();

    /// <summary>Labels of exactly the terms, agents, places and locations the form points at.</summary>
    public LookupSet Labels { get; private set; } = null!;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Set when somebody else saved in between: who and when, in the page's language.</summary>
    public string? StaleMessage { get; private set; }

    /// <summary>A short confirmation after a row or a record was added from the form.</summary>
    public string? Notice { get; private set; }

    /// <summary>The HTML id of the input that gets the focus after a row was added or removed.</summary>
    public string? FocusId { get; private set; }

    public abstract bool IsNew { get; }

    /// <summary>The object being edited; null on the create page.</summary>
    public virtual long? ObjectId => null;

    /// <summary>The current location as the form shows it (read-only), or empty when the object has none yet.</summary>
    public string CurrentLocationLabel => Form.CurrentLocationId is long id ? Labels.Location(id) : "";

    protected RecordStore Records => records;

    public UiText Text => text;

    public IEnumerable<string> ErrorsFor(string field) => Errors.Where(e => e.Field == field).Select(text.Message);

    public IHtmlContent ErrorFor(string field) => ObjectFormHtml.Errors(field, ErrorsFor(field));

    /// <summary>For <c>aria-describedby</c>: the id of the field's message, when it has one.</summary>
    public string? DescribedBy(string field) => ErrorsFor(field).Any() ? ObjectFormHtml.Key(field) + "-error" : null;

    /// <summary>For <c>aria-invalid</c>: "true" or no attribute.</summary>
    public string? Invalid(string field) => ErrorsFor(field).Any() ? "true" : null;

    /// <summary>Where the error summary links to: the field's input, or its message for fields inside a row.</summary>
    public string Anchor(string field) => field switch
    {
        "objectName" or "condition" or "currentLocation" or "permanentLocation" => "#" + field,
        "acquisition.method" => "#acquisitionMethod",
        "acquisition.date" => "#acquisitionDate",
        "makers" or "materials" or "techniques" or "subjects" => "#" + field + "-group",
        _ when FieldsOnForm.Contains(field) || field.StartsWith("titles[", StringComparison.Ordinal) => "#" + ObjectFormHtml.Key(field),
        _ when field.StartsWith("dimensions[", StringComparison.Ordinal) => "#" + ObjectFormHtml.Key(field) + "-error",
        _ => "",
    };

    /// <summary>Plain inputs whose HTML id is the field name.</summary>
    public static readonly IReadOnlyList<string> FieldsOnForm = ["objectNumber", "shortDescription", "numberOfParts", "dating"];

    /// <summary>Without JavaScript, "add another" posts the form as typed and shows it again with one more row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowAsync([FromForm] string group, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (ObjectForm.Groups.Contains(group))
        {
            Form.AddRow(group);
            FocusId = ObjectFormHtml.FirstInput(group, Form.Count(group) - 1);
        }
        return await ShowAsync(ct);
    }

    /// <summary>Removes one row (<c>makers:2</c>) and shows the form again; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRemoveRowAsync([FromForm] string row, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var parts = (row ?? "").Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            Form.RemoveRow(parts[0], index);
            FocusId = parts[0] + "-add";
        }
        return await ShowAsync(ct);
    }

    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Form.EnsureOneRowPerGroup();
        Labels = await lookups.LoadAsync(OrganisationId, Form.References(), text.Code, ct);
        return Page();
    }

    /// <summary>Applies the form to <paramref name="target"/> and saves it; on a refusal, shows the form again as typed.</summary>
    protected async Task<IActionResult> SaveAsync(CollectionObject target, Func<CollectionObject, Task<CollectionObject>> save, CancellationToken ct)
    {
        // A picker whose text names something other than its choice was typed in but not chosen from: search, don't save.
        if (await UnchosenPickersAsync(ct))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(ct);
        }
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
