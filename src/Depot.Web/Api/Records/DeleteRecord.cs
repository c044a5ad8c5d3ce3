using Depot.Core;
using Depot.Core.Identity;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

/// <summary>Soft-deletes a record (an organisation admin can undelete it); history keeps every version.</summary>
public static class DeleteRecord
{
    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapDelete("/{id:long}", async (long id, HttpContext http, RecordStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (Preconditions.ExpectedVersion(http) is not int expected) return ApiProblems.PreconditionRequired(http);
                var deleted = await store.DeleteAsync<TRecord>(scope.OrganisationId, id, expected, scope.Actor, ct);
                Preconditions.SetETag(http, deleted.Version);
                return TypedResults.NoContent();
            })
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("Delete" + api.Name)
            .WithSummary($"Deletes a {api.Name.ToLowerInvariant()} (organisation admins); send If-Match. The ETag of the answer is the deleted version, for undelete.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
