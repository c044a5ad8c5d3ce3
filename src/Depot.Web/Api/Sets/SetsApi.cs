using Depot.Storage.Sets;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Sets;

/// <summary>Werksets: named, shared sets of the organisation's objects.</summary>
public static class SetsApi
{
    public static RouteGroupBuilder MapSets(this RouteGroupBuilder org)
    {
        var sets = org.MapGroup("/sets").WithTags("Sets");

        sets.MapGet("", async (HttpContext http, SetStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListAsync(http.Organisation().OrganisationId, ct))
                    .Select(s => new SetListItem(s.Id, s.Name, s.Description, s.OwnerName, s.Count, s.UpdatedAt)).ToList()))
            .WithName("ListSets")
            .WithSummary("Lists the organisation's werksets with their size.");

        sets.MapPost("", async (SetInput body, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var set = await store.CreateAsync(scope.OrganisationId, body.Name ?? "", body.Description ?? "", scope.Actor, ct);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/sets/{set.Id}", SetOutput.From(set, 0));
            })
            .WithName("CreateSet")
            .WithSummary("Creates an empty werkset with a name and a description.")
            .Produces<SetOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        sets.MapGet("/{id:long}", async (long id, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                var set = await store.FindAsync(org, id, ct);
                return set is null ? ApiProblems.NotFound(http) : TypedResults.Ok(SetOutput.From(set, await store.CountAsync(org, id, ct)));
            })
            .WithName("GetSet")
            .WithSummary("A werkset (or the caller's selection) with its number of objects.")
            .Produces<SetOutput>();

        sets.MapPut("/{id:long}", async (long id, SetInput body, HttpContext http, SetStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                var set = await store.UpdateAsync(org, id, body.Name ?? "", body.Description ?? "", ct);
                return set is null ? ApiProblems.NotFound(http) : TypedResults.Ok(SetOutput.From(set, await store.CountAsync(org, id, ct)));
            })
            .WithName("UpdateSet")
            .WithSummary("Renames a werkset or changes its description.")
            .Produces<SetOutput>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        sets.MapDelete("/{id:long}", async (long id, HttpContext http, SetStore store, CancellationToken ct) =>
                await store.DeleteAsync(http.Organisation().OrganisationId, id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound(http))
            .WithName("DeleteSet")
            .WithSummary("Deletes a werkset; its objects stay.")
            .Produces(StatusCodes.Status204NoContent);

        SetObjectsApi.Map(sets);
        return org;
    }
}
