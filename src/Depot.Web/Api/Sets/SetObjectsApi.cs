using System.Text;
using Depot.Storage.Sets;
using Depot.Web.Api.Access;
using Depot.Web.Api.Objects;

namespace Depot.Web.Api.Sets;

/// <summary>A set's objects: page through them, add (by id or by search), remove, export as CSV.</summary>
public static class SetObjectsApi
{
    public static void Map(RouteGroupBuilder sets)
    {
        sets.MapGet("/{id:long}/objects", async (long id, int? skip, int? take, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                if (await store.FindAsync(org, id, ct) is null) return ApiProblems.NotFound(http);
                var (from, size) = (Math.Max(0, skip ?? 0), Math.Clamp(take ?? 50, 1, 200));
                var page = await store.PageAsync(org, id, from, size, ct);
                return TypedResults.Ok(new SetMembersOutput(
                    page.Members.Select(m => new SetMemberOutput(m.Id, m.ObjectNumber, m.Title, m.UpdatedAt)).ToList(), page.Total, from, size));
            })
            .WithName("ListSetObjects")
            .WithSummary("The set's objects in object-number order, skip/take paged (take at most 200).")
            .Produces<SetMembersOutput>();

        sets.MapPost("/{id:long}/objects", async (long id, SetObjectsInput body, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                var added = await store.AddAsync(org, id, body.ObjectIds ?? [], ct);
                if (added is null) return ApiProblems.NotFound(http);
                if (body.Query is not null)
                    added += await store.AddMatchingAsync(org, id, SearchObjects.ToQuery(body.Query) with { Cursor = null }, ct) ?? 0;
                return TypedResults.Ok(new SetObjectsResult(added.Value, await store.CountAsync(org, id, ct)));
            })
            .WithName("AddSetObjects")
            .WithSummary("Adds objects by id and/or every object a search matches (query: the object list's parameters); answers how many were new.")
            .Produces<SetObjectsResult>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        sets.MapPost("/{id:long}/objects/remove", async (long id, SetObjectsInput body, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                var removed = await store.RemoveAsync(org, id, body.ObjectIds ?? [], ct);
                return removed is null ? ApiProblems.NotFound(http) : TypedResults.Ok(new SetObjectsResult(removed.Value, await store.CountAsync(org, id, ct)));
            })
            .WithName("RemoveSetObjects")
            .WithSummary("Removes objects from the set by id (the objects themselves stay).")
            .Produces<SetObjectsResult>();

        sets.MapGet("/{id:long}/export.csv", async (long id, HttpContext http, SetStore store, SetExport export, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                var set = await store.FindAsync(org, id, ct);
                if (set is null) return ApiProblems.NotFound(http);
                return Results.Stream(async body =>
                {
                    await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    await export.WriteCsvAsync(org, id, writer, ct);
                }, "text/csv; charset=utf-8", SetExport.FileName(set));
            })
            .WithName("ExportSet")
            .WithSummary("The set's objects as CSV with the main Basisregistratie columns, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }
}
