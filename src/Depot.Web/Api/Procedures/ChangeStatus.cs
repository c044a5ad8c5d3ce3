using Depot.Core;
using Depot.Storage.Records;
using Depot.Web.Api.Access;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

/// <summary>A status move (agree, mark out, return, complete …) with the date it happened.</summary>
public sealed record StatusChange<TStatus>(TStatus Status, DateOnly? Date, int? Version = null) where TStatus : struct, Enum;

/// <summary>
/// <c>POST …/{id}/status</c>: moves a procedure to another status, only along its flow and only
/// from the version the caller read. The store refuses moves the flow does not allow (422).
/// </summary>
public static class ChangeStatus
{
    public static void Map<TRecord, TInput, TOutput, TStatus>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api,
        Action<TRecord, TStatus, DateOnly?> move)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput
        where TStatus : struct, Enum =>
        group.MapPost("/{id:long}/status", async (long id, HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var body = await JsonBody.ReadAsync<StatusChange<TStatus>>(http, ct);
                if (Preconditions.ExpectedVersion(http, body.Version) is not int expected) return ApiProblems.PreconditionRequired(http);
                var record = await store.GetAsync<TRecord>(scope.OrganisationId, id, ct);
                move(record, body.Status, body.Date);
                return api.Ok(http, await store.UpdateAsync(scope.OrganisationId, record, expected, scope.Actor, ct));
            })
            .WithName("ChangeStatusOf" + api.Name)
            .WithSummary($"Moves a {api.Name.ToLowerInvariant()} to another status; send If-Match with the ETag you read.")
            .Accepts<StatusChange<TStatus>>("application/json")
            .Produces<TOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
