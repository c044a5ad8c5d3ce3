using Depot.Core;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

public static class GetRecord
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapGet("/{id:long}", async (long id, HttpContext http, RecordStore store, CancellationToken ct) =>
                api.Ok(http, await store.GetAsync<TRecord>(http.Organisation().OrganisationId, id, ct)))
            .WithName("Get" + api.Name)
            .WithSummary($"Reads one {api.Name.ToLowerInvariant()}; the ETag header carries its version for If-Match.")
            .Produces<TOutput>();
}
