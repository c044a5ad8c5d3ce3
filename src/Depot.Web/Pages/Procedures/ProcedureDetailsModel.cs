using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures;

/// <summary>A procedure's page: its fields, its objects and buttons for the status moves its flow allows.</summary>
public abstract class ProcedureDetailsModel<T>(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedurePageModel(database, queries, text) where T : class, IProcedure
{
    [FromRoute]
    public long Id { get; set; }

    public T Record { get; private set; } = null!;

    /// <summary>Applies a status move named in the form; false when the name is not a status of this procedure.</summary>
    protected abstract bool Move(T record, string status, DateOnly? happenedOn);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await records.FindAsync<T>(OrganisationId, Id, ct);
        if (found is null) return Missing();
        Record = found;
        Objects = await Queries.ObjectsAsync(OrganisationId, Record.ObjectIds, ct);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync([FromForm] string status, [FromForm] int version, [FromForm] DateOnly? date, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var record = await records.GetAsync<T>(OrganisationId, Id, ct);
        if (!Move(record, status, date)) return BadRequest();
        try
        {
            await records.UpdateAsync(OrganisationId, record, version, Actor, ct);
            return Redirect(Request.Path);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
        }
        catch (StaleEditException stale)
        {
            Stale(stale);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await OnGetAsync(ct);
    }

    /// <summary>What the delete box at the foot of the page needs.</summary>
    public ProcedureDeleteBox DeleteBox => new(Grant.CanWrite, ProcedureRules.CanDelete(Record), Record.Version, Record.Number);

    /// <summary>Soft delete, after the confirmation on the page; the list says which one went.</summary>
    public async Task<IActionResult> OnPostDeleteAsync([FromForm] int version, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var deleted = await records.DeleteAsync<T>(OrganisationId, Id, version, Actor, ct);
            return Redirect($"{ProcedureKinds.Url(OrganisationSlug, ProcedureKinds.Of(deleted))}?verwijderd={Uri.EscapeDataString(deleted.Number)}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
        }
        catch (StaleEditException stale)
        {
            Stale(stale);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await OnGetAsync(ct);
    }
}

/// <summary>The delete box: shown to registrars; a procedure whose effects stand says why it stays.</summary>
public sealed record ProcedureDeleteBox(bool CanWrite, bool CanDelete, int Version, string Number);
