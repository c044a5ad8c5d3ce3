using Depot.Core.Identity;
using Depot.Interchange.Exporting;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Web.Api.Access;
using Depot.Web.Exports;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Api.Exports;

/// <summary>Exports of objects as CSV, XLSX or LIDO 1.1: streamed in the response, or as a background job whose file is fetched afterwards.</summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/objects", StreamAsync)
            .WithName("ExportObjects")
            .WithSummary("Streams the objects a search matches (the same parameters as listing objects: q, objectName, material, maker, century, location, publication, hasImage), optionally within a set (set), as format=csv, xlsx or lido (LIDO 1.1), with the chosen fields (CSV and XLSX) (comma-separated CsvFields keys) headed in header=nl, en or keys.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapPost("", StartAsync)
            .RequireOrganisationRole(OrganisationRole.Viewer)
            .WithName("StartObjectExport")
            .WithSummary("Starts an export as a background job (202); poll its Location for progress and fetch the file from downloadUrl.")
            .Produces<ExportJobOutput>(StatusCodes.Status202Accepted);

        group.MapGet("/{id:long}", async (long id, HttpContext http, ExportJobs jobs, CancellationToken ct) =>
                await jobs.FindAsync(http.Organisation().OrganisationId, id, ct) is { } view
                    ? Results.Ok(ExportJobOutput.From(view, http.Organisation().Slug))
                    : ApiProblems.NotFound(http))
            .WithName("GetObjectExport")
            .WithSummary("The progress of an export job, and its file's address once it is done.")
            .Produces<ExportJobOutput>();

        group.MapGet("/{id:long}/file", async (long id, HttpContext http, ExportJobs jobs, CancellationToken ct) =>
                await jobs.OpenAsync(http.Organisation().OrganisationId, id, ct) is var (file, view)
                    ? Results.File(file, ObjectExport.ContentType(view.Payload.Format), view.Result!.FileName)
                    : ApiProblems.NotFound(http))
            .WithName("GetObjectExportFile")
            .WithSummary("The file of a finished export job.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        return group;
    }

    private static async Task<IResult> StreamAsync(HttpContext http, ObjectExport export, SetStore sets, TimeProvider clock,
        string? format, string? fields, string? header, long? set, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (Parse(format) is not ExportFormat chosen) return BadFormat(http);
        if (set is long setId && await sets.FindAsync(scope.OrganisationId, setId, ct) is null) return ApiProblems.NotFound(http);
        var request = new ExportRequest(chosen, new ObjectScope(SearchModel.ToQuery(http.Request.Query), set), ExportColumns.Choose([fields ?? ""]), Header(header));
        await ExportDownload.WriteAsync(http.Response, export, scope.OrganisationId, request, ExportDownload.FileName("objecten", chosen, clock.GetUtcNow()), ct);
        return Results.Empty;
    }

    private static async Task<IResult> StartAsync(ExportJobInput input, HttpContext http, ExportJobs jobs, SetStore sets, TimeProvider clock, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (Parse(input.Format) is not ExportFormat chosen) return BadFormat(http);
        string name = "objecten";
        if (input.Set is long setId)
        {
            if (await sets.FindAsync(scope.OrganisationId, setId, ct) is not { } found) return ApiProblems.NotFound(http);
            name = found.Kind == ObjectSetKind.Werkset ? found.Name : "selectie";
        }
        var query = string.IsNullOrWhiteSpace(input.Query) ? null : SearchModel.ToQuery(new QueryCollection(QueryHelpers.ParseQuery(input.Query)));
        var payload = new ExportJobPayload(chosen, query, input.Set, ExportColumns.Choose(input.Fields ?? []), Header(input.Header),
            ExportDownload.FileName(name, chosen, clock.GetUtcNow()));
        var job = await jobs.EnqueueAsync(scope.OrganisationId, payload, ct);
        var view = await jobs.FindAsync(scope.OrganisationId, job.Id, ct);
        return TypedResults.Accepted($"/api/v1/organisations/{scope.Slug}/exports/{job.Id}", ExportJobOutput.From(view!, scope.Slug));
    }

    public static ExportFormat? Parse(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        "CSV" or null or "" => ExportFormat.Csv,
        "XLSX" => ExportFormat.Xlsx,
        "LIDO" or "XML" => ExportFormat.Lido,
        _ => null,
    };

    public static ExportHeader Header(string? header) => header?.Trim().ToUpperInvariant() switch
    {
        "EN" => ExportHeader.English,
        "KEYS" or "KEY" => ExportHeader.Keys,
        _ => ExportHeader.Dutch,
    };

    private static IResult BadFormat(HttpContext http) => ApiProblems.Problem(http, StatusCodes.Status400BadRequest,
        "Onbekend formaat", "Unknown format", "Kies format=csv, xlsx of lido.", "Choose format=csv, xlsx or lido.");
}

/// <param name="Format">csv, xlsx or lido.</param>
/// <param name="Query">The search as the objects list takes it, e.g. <c>q=molen&amp;material=12</c>; empty for every object.</param>
/// <param name="Set">A werkset or selection to export (within the search, when both are given).</param>
/// <param name="Fields">CsvFields keys, in column order; empty for the default set.</param>
/// <param name="Header">nl, en or keys.</param>
public sealed record ExportJobInput(string? Format, string? Query, long? Set, IReadOnlyList<string>? Fields, string? Header);

public sealed record ExportJobOutput(long Id, string State, long Progress, long? Total, string Error, string? FileName, long? Count, string? DownloadUrl)
{
    public static ExportJobOutput From(ExportJobView view, string slug) => new(
        view.Job.Id, view.Job.State.ToString(), view.Job.Progress, view.Job.Total, view.Job.Error,
        view.Result?.FileName, view.Result?.Count,
        view.Result is null ? null : $"/api/v1/organisations/{slug}/exports/{view.Job.Id}/file");
}
