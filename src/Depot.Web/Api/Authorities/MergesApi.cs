using Depot.Core;
using Depot.Core.Validation;
using Depot.Storage.Merges;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Authorities;

public sealed record MergeInput(RecordType Type, long KeptId, long RemovedId);

public sealed record UndoMergeInput(bool Confirm);

public sealed record MergeOutput(long Id, RecordType Type, long KeptId, string KeptLabel, long RemovedId, string RemovedLabel,
    string MergedBy, DateTimeOffset MergedAt, DateTimeOffset? UndoneAt, string UndoneBy, IReadOnlyList<MergeChange> Changes)
{
    public static MergeOutput From(MergeRecord m) => new(m.Id, m.RecordType, m.KeptId, m.KeptLabel, m.RemovedId, m.RemovedLabel,
        m.MergedBy, m.MergedAt, m.UndoneAt, m.UndoneBy, m.Changes);
}

/// <summary>Merging duplicate agents, concepts and places, and undoing a merge.</summary>
public static class MergesApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var group = org.MapGroup("/merges").WithTags("Authorities");
        // Query values are read after the organisation check, so a caller without access learns nothing from a 400.
        group.MapGet("/preview", async (string? type, long? kept, long? removed, HttpContext http, RecordMerger merger, CancellationToken ct) =>
            {
                if (!Enum.TryParse<RecordType>(type, ignoreCase: true, out var recordType) || kept is null || removed is null)
                    throw new ValidationFailedException([new FieldError("type", "merge.query", "Geef type, kept en removed op.", "Give type, kept and removed.")]);
                return TypedResults.Ok(await merger.PreviewAsync(http.Organisation().OrganisationId, recordType, kept.Value, removed.Value, ct));
            })
            .WithName("PreviewMerge")
            .WithSummary("Says how many records a merge would change, without changing anything.")
            .Produces<MergePreview>();

        group.MapPost("", async (MergeInput body, HttpContext http, RecordMerger merger, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var merge = await merger.MergeAsync(scope.OrganisationId, body.Type, body.KeptId, body.RemovedId, scope.Actor, ct);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/merges/{merge.Id}", MergeOutput.From(merge));
            })
            .WithName("MergeRecords")
            .WithSummary("Moves every reference from the removed record to the kept one and soft-deletes the removed record.")
            .Produces<MergeOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:long}", async (long id, HttpContext http, RecordMerger merger, CancellationToken ct) =>
                await merger.FindAsync(http.Organisation().OrganisationId, id, ct) is { } m ? Results.Ok(MergeOutput.From(m)) : ApiProblems.NotFound(http))
            .WithName("GetMerge")
            .WithSummary("One merge: who, when, kept and removed record, and the records it changed.")
            .Produces<MergeOutput>();

        group.MapPost("/{id:long}/undo", async (long id, UndoMergeInput body, HttpContext http, RecordMerger merger, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var result = await merger.UndoAsync(scope.OrganisationId, id, scope.Actor, ct);
                if (result is null) return ApiProblems.NotFound(http);
                if (result.Undone) return Results.Ok(MergeOutput.From(result.Merge));
                var list = string.Join(", ", result.Conflicts.Select(c => $"{c.RecordType} {c.RecordId}"));
                return ApiProblems.Problem(http, StatusCodes.Status409Conflict, "Samenvoeging niet ongedaan gemaakt", "Merge not undone",
                    $"Deze records zijn sinds de samenvoeging gewijzigd: {list}.", $"These records changed since the merge: {list}.");
            })
            .WithName("UndoMerge")
            .WithSummary("Undoes a merge unless a changed record was edited since; a conflict (409) names those records.")
            .Produces<MergeOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
