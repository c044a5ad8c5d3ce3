using Depot.Core.Preservation;
using Depot.Preservation.Browsing;
using Depot.Preservation.Replicas;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.DigitalDepot;

/// <summary>The organisation's depot files: list (filter, sort, page), one file, its original bytes, and a one-shot upload for small files.</summary>
public static class FilesApi
{
    public static RouteGroupBuilder MapDepotFiles(this RouteGroupBuilder org)
    {
        org.MapDepotUploads();
        var group = org.MapGroup("/files").WithTags("Depot");

        group.MapGet("", ListAsync)
            .WithName("ListFiles")
            .WithSummary("Lists the depot files: q (name or hash prefix), format (PRONOM id or media type), linked (true/false), derivatives (Pending, Ready, Failed, NotApplicable), objectId, sort (date, name, size, format), desc, page, limit.")
            .Produces<FileListOutput>();

        group.MapGet("/{id:long}", async (long id, HttpContext http, FileDetails details, CancellationToken ct) =>
                await details.FindAsync(http.Organisation().OrganisationId, id, ct) is { File.IsDeleted: false } found
                    ? Results.Ok(FileOutput.From(found.File, found.ObjectNumber, http.Organisation().Slug))
                    : ApiProblems.NotFound(http))
            .WithName("GetFile")
            .WithSummary("One depot file: name, object, size, checksums, format, dimensions, derivative state.")
            .Produces<FileOutput>();

        group.MapGet("/{id:long}/content", DownloadAsync)
            .WithName("GetFileContent")
            .WithSummary("The original bytes of a depot file, as ingested.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        group.MapPost("", FileUploads.PostAsync)
            .RequireOrganisationRole(Core.Identity.OrganisationRole.Registrar)
            .WithName("UploadFiles")
            .WithSummary("One-shot upload of small files as multipart/form-data (fields objectId, objectNumber, sha256, md5 before the file parts). Browsers signed in with a cookie send the anti-forgery token in the RequestVerificationToken header. Use the resumable uploads for large files.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .Produces<IReadOnlyList<FileUploadOutput>>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext http, FileList files, string? q, string? format, bool? linked, DerivativeState? derivatives,
        long? objectId, string? sort, bool? desc, int? page, int? limit, CancellationToken ct)
    {
        var scope = http.Organisation();
        var chosen = Enum.TryParse<FileSort>(sort, ignoreCase: true, out var s) ? s : FileSort.Date;
        var result = await files.ListAsync(scope.OrganisationId,
            new FileQuery(q, format, linked, derivatives, objectId, chosen, desc ?? chosen == FileSort.Date, page ?? 1, limit ?? 50), ct);
        return TypedResults.Ok(new FileListOutput([.. result.Rows.Select(r => FileOutput.From(r.File, r.ObjectNumber, scope.Slug))],
            result.Total, result.Page, result.PageSize));
    }

    internal static async Task<IResult> DownloadAsync(long id, HttpContext http, FileDetails details, CancellationToken ct)
    {
        if (await details.FindAsync(http.Organisation().OrganisationId, id, ct) is not { File.IsDeleted: false } found) return ApiProblems.NotFound(http);
        var reader = http.RequestServices.GetRequiredService<IContentReader>();
        Stream content;
        try
        {
            content = await reader.OpenReadAsync(found.File.Sha256, ct);
        }
        catch (FileNotFoundException)
        {
            return ApiProblems.Problem(http, StatusCodes.Status503ServiceUnavailable, "Geen kopie bereikbaar", "No copy reachable",
                "Geen enkele kopie van dit bestand is nu leesbaar; de fixiteitscontrole herstelt kopieën uit een goede.",
                "No copy of this file can be read now; the fixity audit repairs copies from a good one.");
        }
        return Results.File(content, found.File.MediaType, found.File.FileName, enableRangeProcessing: content.CanSeek);
    }
}
