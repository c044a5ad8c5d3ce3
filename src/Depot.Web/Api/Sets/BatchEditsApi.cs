using Depot.Core.Registration.Batch;
using Depot.Core.Validation;
using Depot.Storage.Batch;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Sets;

/// <summary>Batch edits: change one field of every object in a set as one background job, follow it, undo it.</summary>
public static class BatchEditsApi
{
    public static RouteGroupBuilder MapBatchEdits(this RouteGroupBuilder org)
    {
        var batches = org.MapGroup("/batch-edits").WithTags("Batch edits");

        batches.MapGet("", async (HttpContext http, BatchEditStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListAsync(http.Organisation().OrganisationId, 100, ct)).Select(BatchEditOutput.From).ToList()))
            .WithName("ListBatchEdits")
            .WithSummary("The organisation's most recent batch edits with their state and counts, newest first.");

        batches.MapPost("", async (BatchEditInput body, HttpContext http, BatchEditStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (body.Field is not BatchField field || body.Operation is not BatchOperation operation)
                    throw new ValidationFailedException([new FieldError("field", "batch.fieldRequired",
                        "Kies een veld en een bewerking (set, add of remove).", "Choose a field and an operation (set, add or remove).")]);
                var batch = await store.StartAsync(scope.OrganisationId, body.SetId, new BatchChange(field, operation, body.Value?.Trim() ?? ""), scope.Actor, ct);
                return batch is null
                    ? ApiProblems.NotFound(http)
                    : TypedResults.Accepted($"/api/v1/organisations/{scope.Slug}/batch-edits/{batch.Id}", BatchEditOutput.From(batch));
            })
            .WithName("StartBatchEdit")
            .WithSummary("Starts a batch edit of one field (objectName, material, technique, condition, subject, publicationStatus, licence, numberOfParts) on every object of a set, at most 100,000; runs as a background job.")
            .Produces<BatchEditOutput>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        batches.MapGet("/{id:long}", async (long id, HttpContext http, BatchEditStore store, CancellationToken ct) =>
                await store.FindAsync(http.Organisation().OrganisationId, id, ct) is { } batch
                    ? TypedResults.Ok(BatchEditOutput.From(batch))
                    : ApiProblems.NotFound(http))
            .WithName("GetBatchEdit")
            .WithSummary("A batch edit with its progress: changed, unchanged, skipped (changed by someone else meanwhile), undone.")
            .Produces<BatchEditOutput>();

        batches.MapPost("/{id:long}/undo", async (long id, BatchUndoInput body, HttpContext http, BatchEditStore store, CancellationToken ct) =>
                await store.StartUndoAsync(http.Organisation().OrganisationId, id, http.Organisation().Actor, ct) is { } batch
                    ? TypedResults.Accepted($"/api/v1/organisations/{http.Organisation().Slug}/batch-edits/{batch.Id}", BatchEditOutput.From(batch))
                    : ApiProblems.NotFound(http))
            .WithName("UndoBatchEdit")
            .WithSummary("Undoes a finished batch edit as a background job: each changed object gets a new version with its previous value; objects changed since are left alone and reported.")
            .Produces<BatchEditOutput>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return org;
    }
}
