using Depot.Core;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

public static class CreateRecord
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapPost("", async (HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var body = await JsonBody.ReadAsync<TInput>(http, ct);
                var created = await store.CreateAsync(scope.OrganisationId, api.ToRecord(body, null), scope.Actor, ct);
                Preconditions.SetETag(http, created.Version);
                return TypedResults.Created(api.Location(scope, created.Id), api.ToOutput(created));
            })
            .WithName("Create" + api.Name)
            .WithSummary($"Creates a {api.Name.ToLowerInvariant()} (version 1).")
            .Accepts<TInput>("application/json")
            .Produces<TOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
