using Depot.Interchange.Csv;
using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Importing.Mappings;
using Depot.Storage.Jobs;
using Depot.Web.Api.Access;
using Depot.Web.Hosting;
using Depot.Web.Importing;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Api.Importing;

/// <summary>
/// Imports: upload a LIDO, Adlib, CSV or XLSX file (the body is the file, streamed to disk), start the dry run and
/// then the import as background jobs, follow their progress and read the report. Registrars and admins only.
/// </summary>
public static class ImportsApi
{
    /// <summary>Body types a browser form cannot send, so the upload needs no anti-forgery token.</summary>
    private static readonly string[] FileTypes =
        ["text/csv", "application/xml", "text/xml", "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/imports").WithTags("Imports").RequireOrganisationRole(Core.Identity.OrganisationRole.Registrar);

        group.MapGet("", async (HttpContext http, ImportUploadStore uploads, int? page, int? limit, CancellationToken ct) =>
            {
                var size = Math.Clamp(limit ?? 25, 1, 100);
                var number = Math.Max(1, page ?? 1);
                var (rows, total) = await uploads.ListAsync(http.Organisation().OrganisationId, (number - 1) * size, size, ct);
                return TypedResults.Ok(new ImportListOutput([.. rows.Select(r => ImportOutput.From(r, null, Language.IsEnglish(http)))], total, number, size));
            })
            .WithName("ListImports")
            .WithSummary("Lists the organisation's imports, newest first.");

        group.MapPost("", UploadAsync)
            .WithName("UploadImport")
            .WithSummary("Uploads a file to import (the body is the file; ?fileName=…&format=lido|adlib|csv|xlsx, detected when left out). Start a run next.")
            .WithMetadata(new DisableRequestSizeLimitAttribute())
            .Produces<ImportOutput>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/{id:long}", async (long id, HttpContext http, ImportUploadStore uploads, JobQueue jobs, CancellationToken ct) =>
                await uploads.FindAsync(http.Organisation().OrganisationId, id, ct) is { } upload
                    ? Results.Ok(ImportOutput.From(upload, upload.CurrentJobId is long job ? await jobs.FindAsync(job, ct) : null, Language.IsEnglish(http)))
                    : ApiProblems.NotFound(http))
            .WithName("GetImport")
            .WithSummary("An import's stage, counts, the progress of its running job, and the summaries of its dry run and import.")
            .Produces<ImportOutput>();

        group.MapPost("/{id:long}/runs", StartAsync)
            .WithName("StartImportRun")
            .WithSummary("Starts the dry run (dryRun: true) or, after a dry run, the import itself, as a background job (202).")
            .Produces<ImportOutput>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:long}/run", async (long id, HttpContext http, ImportUploadStore uploads, ImportRuns runs, CancellationToken ct) =>
            {
                if (await uploads.FindAsync(http.Organisation().OrganisationId, id, ct) is not { } upload) return ApiProblems.NotFound(http);
                return await runs.CancelAsync(upload, ct)
                    ? Results.NoContent()
                    : ApiProblems.Problem(http, StatusCodes.Status409Conflict, "Niets om te stoppen", "Nothing to cancel",
                        "Deze import loopt niet.", "This import is not running.");
            })
            .WithName("CancelImportRun")
            .WithSummary("Cancels the running dry run or import; batches already committed stay.")
            .Produces(StatusCodes.Status204NoContent);

        group.MapGet("/{id:long}/report", ReportAsync)
            .WithName("GetImportReport")
            .WithSummary("A page of the per-record report of the dry run (run=check) or the import (run=import), filterable by action and issues.")
            .Produces<ImportReportOutput>();
        return group;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, UploadReceiver receiver, [FromQuery] string? fileName, [FromQuery] string? format, CancellationToken ct)
    {
        var scope = http.Organisation();
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is null || !FileTypes.Contains(type))
            return ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, "Niet-ondersteund type", "Unsupported type",
                "Stuur het bestand als body met type text/csv, application/xml, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet of application/octet-stream.",
                "Send the file as the body with type text/csv, application/xml, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream.");
        var received = await receiver.FromBodyAsync(http, fileName ?? "upload", format, scope.OrganisationId, scope.Actor, ct);
        if (received.Refused is { } r)
            return ApiProblems.Problem(http, r.Status, "Bestand geweigerd", "File refused", r.Nl, r.En);
        var upload = received.Upload!;
        return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/imports/{upload.Id}", ImportOutput.From(upload, null, Language.IsEnglish(http)));
    }

    private static async Task<IResult> StartAsync(long id, StartImportInput input, HttpContext http, ImportUploadStore uploads, ImportMappingStore mappings,
        ImportRuns runs, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (await uploads.FindAsync(scope.OrganisationId, id, ct) is not { } upload) return ApiProblems.NotFound(http);
        var mapping = input.Mapping;
        if (input.MappingId is long mappingId)
        {
            if (await mappings.FindAsync(scope.OrganisationId, mappingId, ct) is not { } saved) return ApiProblems.NotFound(http);
            mapping = DepotJson.Deserialize<CsvMapping>(saved.MappingJson);
        }
        if (mapping is not null && ImportRuns.NeedsMapping(upload) && upload.Stage is not (ImportStage.Checking or ImportStage.Importing))
        {
            upload.MappingJson = DepotJson.Serialize(mapping);
            await uploads.SetMappingAsync(scope.OrganisationId, id, upload.MappingJson, ct);
        }
        var (job, refused) = await runs.StartAsync(upload, input.DryRun, scope.Actor, ct);
        if (refused != ImportRuns.Refusal.None) return Refusal(http, refused);
        var started = await uploads.FindAsync(scope.OrganisationId, id, ct);
        return TypedResults.Accepted($"/api/v1/organisations/{scope.Slug}/imports/{id}", ImportOutput.From(started!, job, Language.IsEnglish(http)));
    }

    private static async Task<IResult> ReportAsync(long id, HttpContext http, ImportUploadStore uploads, ImportFiles files, string? run, string? action,
        bool? issues, int? page, int? limit, CancellationToken ct)
    {
        if (await uploads.FindAsync(http.Organisation().OrganisationId, id, ct) is not { } upload) return ApiProblems.NotFound(http);
        var dryRun = run != "import";
        var json = dryRun ? upload.CheckSummaryJson : upload.ImportSummaryJson;
        var size = Math.Clamp(limit ?? 100, 1, 1000);
        var number = Math.Max(1, page ?? 1);
        var (rows, more) = ImportReportFile.Page(files.ReportPath(upload, dryRun), new ReportFilter(Enum.TryParse<RecordAction>(action, ignoreCase: true, out var a) && Enum.IsDefined(a) ? a : null, issues == true), number, size);
        return Results.Ok(new ImportReportOutput(json.Length > 0 ? DepotJson.Deserialize<ImportSummary>(json) : null, rows, number, size, more));
    }

    private static IResult Refusal(HttpContext http, ImportRuns.Refusal refused) => refused switch
    {
        ImportRuns.Refusal.Busy => ApiProblems.Problem(http, 409, "Loopt al", "Already running", "Deze import loopt al; wacht tot hij klaar is of stop hem.", "This import is running; wait for it or cancel it."),
        ImportRuns.Refusal.NeedsMapping => ApiProblems.Problem(http, 409, "Koppeling nodig", "Mapping needed", "Geef voor CSV en XLSX een koppeling (mapping of mappingId).", "Give CSV and XLSX a mapping (mapping or mappingId)."),
        ImportRuns.Refusal.NotChecked => ApiProblems.Problem(http, 409, "Eerst een proefimport", "Dry run first", "Start eerst een proefimport (dryRun: true) en bekijk het rapport.", "Run a dry run first (dryRun: true) and read its report."),
        _ => ApiProblems.Problem(http, 409, "Al geïmporteerd", "Already imported", "Dit bestand is al geïmporteerd.", "This file has already been imported."),
    };
}
