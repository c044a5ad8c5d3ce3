using Depot.Core;
using Depot.Core.Identity;
using Depot.Storage.Records;
using Depot.Web.Api.Access;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.History;

/// <summary>Makes an old version current again, as a new version: history only grows.</summary>
public static class RestoreVersion
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapPost("/{id:long}/restore/{version:int}", async (long id, int version, HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (Preconditions.ExpectedVersion(http) is not int expected) return ApiProblems.PreconditionRequired(http);
                var stored = await store.GetAsync<TRecord>(scope.OrganisationId, id, ct, includeDeleted: true);
                // Deleted records are the organisation admin's, like delete and undelete themselves.
                if (stored.IsDeleted && !scope.Grant.CanAdminister) return ApiProblems.Forbidden(http, OrganisationRole.OrganisationAdmin);
                return api.Ok(http, await store.RestoreAsync<TRecord>(scope.OrganisationId, id, version, expected, scope.Actor, ct));
            })
            .WithName($"Restore{api.Name}Version")
            .WithSummary($"Restores an earlier version of a {api.Name.ToLowerInvariant()} as a new version; send If-Match with the current ETag.")
            .Produces<TOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
