using Depot.Core;
using Depot.Storage.Records;
using Depot.Web.Api.Access;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.History;

public static class ListVersions
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapGet("/{id:long}/history", async (long id, HttpContext http, RecordStore store, HistoryStore history, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                // 404 rather than an empty list for ids that are not this organisation's.
                var record = await store.GetAsync<TRecord>(scope.OrganisationId, id, ct, includeDeleted: true);
                var versions = await history.ListAsync(scope.OrganisationId, api.Type, record.Id, ct);
                return TypedResults.Ok(versions.Select(VersionSummary.From).ToList());
            })
            .WithName($"List{api.Name}Versions")
            .WithSummary($"Lists every version of a {api.Name.ToLowerInvariant()}, newest first, also of a deleted one.")
            .Produces<List<VersionSummary>>();
}
