using Depot.Core.Identity;
using Depot.Core.Network;
using Depot.Core.Validation;
using Depot.Network.Sources;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Sources;

/// <summary>
/// The organisation's external sources (LDES, OAI-PMH, files) and their harvests. Everyone who reads the
/// organisation reads them; registering, changing, removing and "harvest now" need an organisation admin
/// (or the platform admin). A source belongs to the organisation of the route, always.
/// </summary>
public static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder org)
    {
        var sources = org.MapGroup("/sources").WithTags("Sources");

        sources.MapGet("", async (HttpContext http, SourceStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.HealthAsync(http.Organisation().OrganisationId, ct)).Select(h => SourceOutput.From(h.Source, h.LastRun)).ToList()))
            .WithName("ListSources")
            .WithSummary("Lists the organisation's registered sources with their health (last harvest, error, next run, flag).");

        sources.MapGet("/{id:long}", async (long id, HttpContext http, SourceStore store, CancellationToken ct) =>
            {
                var health = (await store.HealthAsync(http.Organisation().OrganisationId, ct)).FirstOrDefault(h => h.Source.Id == id);
                if (health is null) return ApiProblems.NotFound(http);
                Preconditions.SetETag(http, health.Source.Version);
                return TypedResults.Ok(SourceOutput.From(health.Source, health.LastRun));
            })
            .WithName("GetSource")
            .WithSummary("A source with its health; its ETag is the version to send back when changing it.")
            .Produces<SourceOutput>();

        sources.MapPost("", async (SourceBody body, HttpContext http, SourceStore store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var source = await store.CreateAsync(scope.OrganisationId, Input(body, null), scope.Actor.Name, ct);
                Preconditions.SetETag(http, source.Version);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/sources/{source.Id}", SourceOutput.From(source, null));
            })
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("CreateSource")
            .WithSummary("Registers a source: kind ldes, oai-pmh (metadataFormat lido, edm or oai_dc; optional setSpec) or file (lido, or csv with a saved csvMappingId).")
            .Produces<SourceOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        sources.MapPut("/{id:long}", async (long id, SourceBody body, HttpContext http, SourceStore store, CancellationToken ct) =>
            {
                var organisationId = http.Organisation().OrganisationId;
                if (Preconditions.ExpectedVersion(http, body.Version) is not int version) return ApiProblems.PreconditionRequired(http);
                var current = await store.FindAsync(organisationId, id, ct);
                if (current is null) return ApiProblems.NotFound(http);
                try
                {
                    var source = await store.UpdateAsync(organisationId, id, version, Input(body, current), ct);
                    if (source is null) return ApiProblems.NotFound(http);
                    Preconditions.SetETag(http, source.Version);
                    return TypedResults.Ok(SourceOutput.From(source, null));
                }
                catch (SourceChangedException e)
                {
                    return ApiProblems.Problem(http, StatusCodes.Status409Conflict, "Iemand anders heeft deze bron gewijzigd", "Somebody else changed this source", e.Nl, e.En);
                }
            })
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("UpdateSource")
            .WithSummary("Changes a source's registration (fields left out keep their value); send its version in If-Match or as version. 409 when it changed meanwhile.")
            .Produces<SourceOutput>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        sources.MapDelete("/{id:long}", async (long id, HttpContext http, SourceStore store, CancellationToken ct) =>
                await store.DeleteAsync(http.Organisation().OrganisationId, id, ct) ? Results.NoContent() : ApiProblems.NotFound(http))
            .RequireOrganisationRole(OrganisationRole.OrganisationAdmin)
            .WithName("DeleteSource")
            .WithSummary("Removes a source and its runs; objects already harvested stay, no longer read-only.")
            .Produces(StatusCodes.Status204NoContent);

        SourceHarvestsApi.Map(sources);
        return org;
    }

    /// <summary>The body as a registration; on update, fields left out keep the source's value.</summary>
    private static SourceInput Input(SourceBody body, HarvestSource? current)
    {
        HarvestSourceKind kind;
        if (body.Kind is null && current is not null) kind = current.Kind;
        else if (SourceInput.ParseKind(body.Kind) is { } parsed) kind = parsed;
        else
            throw new ValidationFailedException([new FieldError("kind", "kind.invalid",
                "Kies als soort ldes, oai-pmh of file.", "Choose ldes, oai-pmh or file as the kind.")]);
        return new SourceInput(body.Name ?? current?.Name ?? "", kind, body.Url ?? current?.Url ?? "",
            body.MetadataFormat ?? current?.MetadataFormat ?? "", body.SetSpec ?? current?.SetSpec ?? "",
            body.CsvMappingId ?? current?.CsvMappingId, body.IntervalMinutes ?? current?.IntervalMinutes ?? 24 * 60,
            body.Enabled ?? current?.Enabled ?? true);
    }
}
