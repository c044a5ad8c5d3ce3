using Depot.Core;
using Depot.Core.Identity;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

public static class UndeleteRecord
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapPost("/{id:long}/undelete", async (long id, HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                // Required even though there is no body: it is also what keeps cross-site forms out (see ApiModule).
                if (Preconditions.ExpectedVersion(http) is not int expected) return ApiProblems.PreconditionRequired(http);
                return api.Ok(http, await store.UndeleteAsync<TRecord>(scope.OrganisationId, id, expected, scope.Actor, ct));
            })
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("Undelete" + api.Name)
            .WithSummary($"Brings back a deleted {api.Name.ToLowerInvariant()} (organisation admins); send If-Match with the deleted version.")
            .Produces<TOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
