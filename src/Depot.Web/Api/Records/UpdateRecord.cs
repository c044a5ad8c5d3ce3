using Depot.Core;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

/// <summary>Replaces a record, only if it is still at the version the caller read (If-Match or body version).</summary>
public static class UpdateRecord
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapPut("/{id:long}", async (long id, HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var body = await JsonBody.ReadAsync<TInput>(http, ct);
                if (Preconditions.ExpectedVersion(http, body.Version) is not int expected) return ApiProblems.PreconditionRequired(http);
                var stored = await store.GetAsync<TRecord>(scope.OrganisationId, id, ct);
                var record = api.ToRecord(body, stored);
                record.Id = id;
                return api.Ok(http, await store.UpdateAsync(scope.OrganisationId, record, expected, scope.Actor, ct));
            })
            .WithName("Update" + api.Name)
            .WithSummary($"Changes a {api.Name.ToLowerInvariant()}; send If-Match with the ETag you read (409 if somebody changed it since).")
            .Accepts<TInput>("application/json")
            .Produces<TOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
