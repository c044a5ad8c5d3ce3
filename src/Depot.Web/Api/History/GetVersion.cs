using Depot.Core;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Api.Access;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.History;

public static class GetVersion
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapGet("/{id:long}/history/{version:int}", async (long id, int version, HttpContext http, HistoryStore history, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var found = await history.GetVersionAsync(scope.OrganisationId, api.Type, id, version, ct);
                if (found is null) return ApiProblems.NotFound(http);
                var snapshot = DepotJson.Deserialize<TRecord>(found.Snapshot);
                return TypedResults.Ok(new VersionSnapshot<TOutput>(VersionSummary.From(found), api.ToOutput(snapshot)));
            })
            .WithName($"Get{api.Name}Version")
            .WithSummary($"Reads a {api.Name.ToLowerInvariant()} as it was at one version.")
            .Produces<VersionSnapshot<TOutput>>();
}
