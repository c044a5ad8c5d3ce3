using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures;

/// <summary>A form shown again as typed when saving is refused.</summary>
public interface IProcedureForm
{
    int Version { get; set; }
}

/// <summary>
/// Create and edit of one procedure type: the form is read, object numbers resolved, the store
/// asked to save; refusals come back beside the fields, as many at once as can be found.
/// </summary>
public abstract class ProcedureEditModel<T, TForm>(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedurePageModel(database, queries, text)
    where T : class, IProcedure
    where TForm : class, IProcedureForm, new()
{
    [FromRoute]
    public long? Id { get; set; }

    [BindProperty]
    public TForm Form { get; set; } = new();

    public bool IsNew => Id is null or 0;

    public T? Stored { get; private set; }

    protected RecordStore Records => records;

    protected abstract TForm NewForm();

    protected abstract Task<TForm> ToFormAsync(T record, CancellationToken ct);

    /// <summary>Builds the record from the form; <paramref name="stored"/> (null when new) keeps what the form does not show.</summary>
    protected abstract Task<T> FromFormAsync(T? stored, List<FieldError> errors, CancellationToken ct);

    protected abstract string DetailsUrl(long id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (IsNew) Form = NewForm();
        else
        {
            Stored = await records.FindAsync<T>(OrganisationId, Id!.Value, ct);
            if (Stored is null) return Missing();
            Form = await ToFormAsync(Stored, ct);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (!IsNew)
        {
            Stored = await records.FindAsync<T>(OrganisationId, Id!.Value, ct);
            if (Stored is null) return Missing();
        }
        var errors = new List<FieldError>();
        foreach (var (key, entry) in ModelState)
            if (entry.Errors.Count > 0 && !string.IsNullOrWhiteSpace(entry.AttemptedValue))
                errors.Add(new FieldError(Field(key), "value.unreadable", $"‘{entry.AttemptedValue}’ kan hier niet gelezen worden.",
                    $"‘{entry.AttemptedValue}’ cannot be read here."));
        var record = await FromFormAsync(Stored, errors, ct);
        try
        {
            if (errors.Count > 0) throw new ValidationFailedException(errors);
            var saved = IsNew
                ? await records.CreateAsync(OrganisationId, record, Actor, ct)
                : await records.UpdateAsync(OrganisationId, WithId(record), Form.Version, Actor, ct);
            return Redirect(DetailsUrl(saved.Id));
        }
        catch (ValidationFailedException e)
        {
            Errors = errors.Count > 0 ? [.. errors, .. Rules(record).Where(r => errors.All(f => f.Field != r.Field))] : e.Errors;
        }
        catch (StaleEditException stale)
        {
            Stale(stale);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>The record's own rules, so a form with unreadable values still shows every other problem.</summary>
    protected abstract IEnumerable<FieldError> Rules(T record);

    private T WithId(T record)
    {
        record.Id = Id!.Value;
        return record;
    }

    /// <summary><c>Form.StartDate</c> → <c>startDate</c>, the store's name for the field.</summary>
    private static string Field(string key)
    {
        var name = key.StartsWith("Form.", StringComparison.Ordinal) ? key[5..] : key;
        name = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name;
        return name.Length == 0 ? "" : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
