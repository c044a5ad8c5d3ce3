using Depot.Core.Inventories;
using Depot.Storage.Inventories;
using Depot.Storage.Records;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Inventories;

/// <summary>Inventory campaigns (Spectrum: Inventory): list, read, start, mark objects, close.</summary>
public static class InventoriesApi
{
    public static RouteGroupBuilder MapInventories(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/inventories").WithTags("Inventories");
        group.MapGet("", async (HttpContext http, InventoryStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListAsync(http.Organisation().OrganisationId, ct)).Select(InventoryOutput.From).ToList()))
            .WithName("ListInventories")
            .WithSummary("Lists the organisation's inventory campaigns, newest first (the last 100).");

        group.MapGet("/{id:long}", async (long id, HttpContext http, RecordStore records, CancellationToken ct) =>
                Ok(http, await records.GetAsync<Inventory>(http.Organisation().OrganisationId, id, ct)))
            .WithName("GetInventory")
            .WithSummary("Reads one campaign; the ETag carries its version for closing.")
            .Produces<InventoryOutput>();

        group.MapGet("/{id:long}/items", async (long id, HttpContext http, RecordStore records, InventoryStore store, CancellationToken ct) =>
            {
                var org = http.Organisation().OrganisationId;
                await records.GetAsync<Inventory>(org, id, ct);
                return TypedResults.Ok((await store.LinesAsync(org, id, ct)).Select(InventoryItemOutput.From).ToList());
            })
            .WithName("ListInventoryItems")
            .WithSummary("The campaign's objects and what was found, in object-number order.");

        group.MapPost("", async (InventoryInput input, HttpContext http, InventoryStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var created = await store.StartAsync(scope.OrganisationId,
                    new InventoryStart(input.Name ?? "", input.LocationId, input.IncludeSublocations, input.ObjectIds, input.Note ?? ""), scope.Actor, ct);
                Preconditions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/inventories/{created.Id}", InventoryOutput.From(created));
            })
            .WithName("StartInventory")
            .WithSummary("Starts a campaign: the objects on the location (and below it), or the given objects, are expected.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:long}/marks", async (long id, MarkInput input, HttpContext http, RecordStore records, InventoryStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                await records.GetAsync<Inventory>(scope.OrganisationId, id, ct);
                InventoryItem item;
                if (input.ObjectId is long objectId)
                    item = await store.MarkAsync(scope.OrganisationId, id, objectId, input.Result, input.FoundLocationId, scope.Actor, ct);
                else if (!string.IsNullOrWhiteSpace(input.ObjectNumber) && input.Result == InventoryResult.Found)
                    item = (await store.MarkFoundByNumberAsync(scope.OrganisationId, id, input.ObjectNumber, scope.Actor, ct)).Item;
                else
                    return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Welk object?", "Which object?",
                        "Geef objectId, of objectNumber met resultaat found.", "Give objectId, or objectNumber with result found.");
                return Results.Ok(new { item.ObjectId, item.Expected, item.Result, item.FoundLocationId, item.CheckedAt, item.CheckedBy });
            })
            .Produces(StatusCodes.Status200OK)
            .WithName("MarkInventoryItem")
            .WithSummary("Records what was found for one object: found, missing, or found elsewhere (with the location).");

        group.MapPost("/{id:long}/close", async (long id, CloseInput input, HttpContext http, InventoryStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (Preconditions.ExpectedVersion(http, input.Version) is not int version) return ApiProblems.PreconditionRequired(http);
                return Ok(http, await store.CloseAsync(scope.OrganisationId, id, version, input.ApplyMovements, scope.Actor, ct));
            })
            .WithName("CloseInventory")
            .WithSummary("Closes the campaign (nothing in it changes after); optionally moves the objects found elsewhere to where they were found.")
            .Produces<InventoryOutput>();
        return group;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<InventoryOutput> Ok(HttpContext http, Inventory inventory)
    {
        Preconditions.SetETag(http, inventory.Version);
        return TypedResults.Ok(InventoryOutput.From(inventory));
    }
}
