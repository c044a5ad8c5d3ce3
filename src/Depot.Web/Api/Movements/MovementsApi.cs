using System.Globalization;
using Depot.Core.Movements;
using Depot.Storage.Jobs;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Depot.Web.Api.Access;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Movements;

/// <summary>Movements (Spectrum: Location and movement control): list, read, move one or many, where an object was on a date.</summary>
public static class MovementsApi
{
    public static RouteGroupBuilder MapMovements(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/movements").WithTags("Movements");
        group.MapGet("", async (HttpContext http, MovementStore store, long? @object, string? cursor, int? limit, CancellationToken ct) =>
            {
                var take = Math.Clamp(limit ?? 50, 1, ListRecords.MaxLimit);
                long? before = long.TryParse(cursor, CultureInfo.InvariantCulture, out var c) ? c : null;
                var rows = await store.ListAsync(http.Organisation().OrganisationId, before, take + 1, ct, @object);
                var next = rows.Count > take ? rows[take - 1].Id.ToString(CultureInfo.InvariantCulture) : null;
                return TypedResults.Ok(new Page<MovementOutput>(rows.Take(take).Select(MovementOutput.From).ToList(), next));
            })
            .WithName("ListMovements")
            .WithSummary("Lists the organisation's movements, newest first (optionally of one object); pass nextCursor as cursor for the next page.");

        group.MapGet("/{id:long}", async (long id, HttpContext http, RecordStore records, CancellationToken ct) =>
            {
                var m = await records.GetAsync<Movement>(http.Organisation().OrganisationId, id, ct);
                Preconditions.SetETag(http, m.Version);
                return TypedResults.Ok(MovementOutput.From(m));
            })
            .WithName("GetMovement")
            .WithSummary("Reads one movement.");

        group.MapGet("/location", async (HttpContext http, MovementStore store, long? @object, DateTimeOffset? at, CancellationToken ct) =>
            {
                // Optional in the signature, so a caller without access gets 404 from the organisation filter, not a 400 here.
                if (@object is not long objectId || at is not { } moment)
                    return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Object en datum nodig", "Object and date needed",
                        "Geef object (id) en at (datum en tijd, ISO 8601).", "Give object (id) and at (date and time, ISO 8601).");
                var where = await store.LocationOnAsync(http.Organisation().OrganisationId, objectId, moment, ct);
                return Results.Ok(new LocationOnOutput(objectId, moment, where.LocationId, where.Basis, where.Movement?.Id));
            })
            .Produces<LocationOnOutput>()
            .WithName("GetLocationOnDate")
            .WithSummary("Where an object was at a moment, read from its movement history.");

        group.MapPost("", MoveAsync)
            .WithName("MoveObjects")
            .WithSummary($"Moves one or more objects to a location in one transaction (201); more than {MoveObjectsJob.BackgroundThreshold} objects run as a background job (202).")
            .Produces<MoveOutput>(StatusCodes.Status201Created)
            .Produces<MoveJobOutput>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/jobs/{jobId:long}", async (long jobId, HttpContext http, JobQueue queue, CancellationToken ct) =>
                await queue.FindAsync(jobId, ct) is { Kind: MoveObjectsJob.Kind } job && job.OrganisationId == http.Organisation().OrganisationId
                    ? Results.Ok(new MoveJobOutput(job.Id, job.State.ToString(), job.Progress, job.Total, job.Message, job.Result))
                    : ApiProblems.NotFound(http))
            .WithName("GetMoveJob")
            .WithSummary("The progress of a large move.")
            .Produces<MoveJobOutput>();
        return group;
    }

    private static async Task<IResult> MoveAsync(MoveInput input, HttpContext http, MovementStore store, MoveObjectsJob job, TimeProvider clock, CancellationToken ct)
    {
        var scope = http.Organisation();
        var ids = input.ObjectIds ?? [];
        if (ids.Count == 0)
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Geen objecten", "No objects",
                "Geef in objectIds minstens één object om te verplaatsen.", "Give at least one object to move in objectIds.");
        var request = new MoveRequest(ids, input.ToLocationId, input.Reason, input.MovedAt, input.Note ?? "", input.SetPermanent);
        if (ids.Distinct().Count() > MoveObjectsJob.BackgroundThreshold)
        {
            var queued = await job.EnqueueAsync(scope.OrganisationId, request, scope.Actor, clock.GetUtcNow(), ct);
            return TypedResults.Accepted($"/api/v1/organisations/{scope.Slug}/movements/jobs/{queued.Id}",
                new MoveJobOutput(queued.Id, queued.State.ToString(), 0, ids.Count, "", ""));
        }
        var outcome = await store.MoveAsync(scope.OrganisationId, request, scope.Actor, ct);
        var first = outcome.Movements.Count > 0 ? outcome.Movements[0] : null;
        return TypedResults.Created(first is null ? null : $"/api/v1/organisations/{scope.Slug}/movements/{first.Id}",
            new MoveOutput(outcome.Movements.Select(MovementOutput.From).ToList(), outcome.AlreadyThere));
    }
}
