using Depot.Core.Identity;
using Depot.Network.Harvesting;
using Depot.Network.Sources;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Sources;

/// <summary>Harvests of a source: start one now (a background job), follow it, and list the recent runs.</summary>
internal static class SourceHarvestsApi
{
    public static void Map(RouteGroupBuilder sources)
    {
        sources.MapPost("/{id:long}/harvest", async (long id, HarvestBody body, HttpContext http, SourceStore store, HarvestJobs harvests, CancellationToken ct) =>
            {
                _ = body;
                var scope = http.Organisation();
                if (await store.FindAsync(scope.OrganisationId, id, ct) is null) return ApiProblems.NotFound(http);
                var job = await harvests.EnqueueAsync(scope.OrganisationId, id, onDemand: true, scope.Actor.Name, ct);
                var run = await store.FindRunByJobAsync(scope.OrganisationId, job.Id, ct);
                return TypedResults.Accepted($"/api/v1/organisations/{scope.Slug}/sources/{id}/harvests/{job.Id}", HarvestJobOutput.From(job, run));
            })
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("HarvestSource")
            .WithSummary("Starts a harvest now as a background job (202; body {}); when one is already queued or running, that one is returned. Poll its Location.")
            .Produces<HarvestJobOutput>(StatusCodes.Status202Accepted);

        sources.MapGet("/{id:long}/harvests/{job:long}", async (long id, long job, HttpContext http, SourceStore store, HarvestJobs harvests, CancellationToken ct) =>
            {
                var organisationId = http.Organisation().OrganisationId;
                var found = await harvests.FindAsync(organisationId, job, ct);
                if (found is null || HarvestJobPayload.Parse(found.Payload)?.SourceId != id) return ApiProblems.NotFound(http);
                return TypedResults.Ok(HarvestJobOutput.From(found, await store.FindRunByJobAsync(organisationId, job, ct)));
            })
            .WithName("GetSourceHarvest")
            .WithSummary("A harvest job's state and its run's counts (pages, added, updated, unchanged, deleted, refused) and error.")
            .Produces<HarvestJobOutput>();

        sources.MapGet("/{id:long}/runs", async (long id, HttpContext http, SourceStore store, CancellationToken ct) =>
            {
                var organisationId = http.Organisation().OrganisationId;
                if (await store.FindAsync(organisationId, id, ct) is null) return ApiProblems.NotFound(http);
                return TypedResults.Ok((await store.RunsAsync(organisationId, id, 50, ct)).Select(RunOutput.From).ToList());
            })
            .WithName("ListSourceRuns")
            .WithSummary("The source's 50 most recent harvests, newest first.")
            .Produces<List<RunOutput>>();
    }
}
