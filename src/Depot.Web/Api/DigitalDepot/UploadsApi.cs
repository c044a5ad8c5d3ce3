using Depot.Core.Identity;
using Depot.Preservation;
using Depot.Preservation.Ingest;
using Depot.Preservation.Upload;
using Depot.Web.Api.Access;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Api.DigitalDepot;

/// <summary>
/// Resumable chunked uploads into the depot, for files of any size: start a session, PUT the bytes
/// in order (each chunk says its offset), ask how far it got after a broken connection, and the file
/// is ingested when the last byte arrives. Registrars and admins only.
/// </summary>
public static class UploadsApi
{
    /// <summary>The header (as in tus) a chunk carries its offset in, and HEAD answers with.</summary>
    public const string OffsetHeader = "Upload-Offset";

    public static RouteGroupBuilder MapDepotUploads(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/uploads").WithTags("Depot").RequireOrganisationRole(OrganisationRole.Registrar);

        group.MapPost("", StartAsync)
            .WithName("StartUpload")
            .WithSummary("Starts a resumable upload of one file (fileName, length, optional sha256/md5 and objectId or objectNumber); PUT its bytes to uploadUrl next.")
            .Produces<UploadOutput>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPut("/{id:guid}", UploadChunks.AppendAsync)
            .WithName("AppendUploadChunk")
            .WithSummary("Appends a chunk (the body, streamed) at the offset in Content-Range (bytes 0-1048575/5000000) or Upload-Offset. A chunk at another offset than the bytes received gets 409 with the current offset. The last chunk ingests the file (201), or refuses it (422, e.g. a checksum mismatch).")
            .WithMetadata(new DisableRequestSizeLimitAttribute())
            .Produces<UploadOutput>()
            .Produces<UploadOutput>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapMethods("/{id:guid}", [HttpMethods.Head], async (Guid id, HttpContext http, UploadSessions sessions, CancellationToken ct) =>
            {
                if (await sessions.FindAsync(http.Organisation().OrganisationId, id, ct) is not { } session) return Results.NotFound();
                http.Response.Headers[OffsetHeader] = session.ReceivedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers["Upload-Length"] = session.ExpectedLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok();
            })
            .WithName("HeadUpload")
            .WithSummary("The bytes received so far in the Upload-Offset header: where to resume.")
            .Produces(StatusCodes.Status200OK);

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, UploadSessions sessions, CancellationToken ct) =>
                await sessions.FindAsync(http.Organisation().OrganisationId, id, ct) is { } session
                    ? Results.Ok(UploadOutput.From(session, http.Organisation().Slug, refusal: UploadSessions.RefusalOf(session), english: Language.IsEnglish(http)))
                    : ApiProblems.NotFound(http))
            .WithName("GetUpload")
            .WithSummary("An upload's state: bytes received (where to resume), and the file once complete or the refusal once failed.")
            .Produces<UploadOutput>();

        group.MapDelete("/{id:guid}", async (Guid id, HttpContext http, UploadSessions sessions, CancellationToken ct) =>
                await sessions.CancelAsync(http.Organisation().OrganisationId, id, ct) ? Results.NoContent() : ApiProblems.NotFound(http))
            .WithName("CancelUpload")
            .WithSummary("Cancels an upload and removes the bytes received; a completed upload's file stays.")
            .Produces(StatusCodes.Status204NoContent);
        return group;
    }

    private static async Task<IResult> StartAsync(UploadStartInput input, HttpContext http, UploadSessions sessions, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (Unavailable(http) is { } unavailable) return unavailable;
        var (session, problem) = await sessions.StartAsync(scope.OrganisationId,
            new UploadStart(input.FileName, input.Length, input.Sha256, input.Md5, input.ObjectId, input.ObjectNumber), scope.Actor, ct);
        if (problem is not null) return Refused(http, problem);
        // An empty file has no last chunk to wait for.
        if (session!.ExpectedLength == 0) return await UploadChunks.CompleteAsync(http, session.Id, sessions, ct);
        return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/uploads/{session.Id}", UploadOutput.From(session, scope.Slug));
    }

    internal static IResult Refused(HttpContext http, UploadProblem problem) =>
        ApiProblems.Problem(http, problem.Status, "Upload geweigerd", "Upload refused", problem.Nl, problem.En);

    internal static IFileIngest Ingest(HttpContext http) => http.RequestServices.GetRequiredService<IFileIngest>();

    /// <summary>A host without the depot's ingest says so before a byte is sent, instead of failing after the last one.</summary>
    internal static IResult? Unavailable(HttpContext http) => http.RequestServices.GetService<IFileIngest>() is null
        ? ApiProblems.Problem(http, StatusCodes.Status503ServiceUnavailable, "Depot niet beschikbaar", "Depot unavailable",
            "Deze server kan geen bestanden in het depot opnemen.", "This server cannot ingest files into the depot.")
        : null;

    /// <summary>Lets one request body be as large as the largest file the depot takes (Kestrel's default limit is for records).</summary>
    internal static void AllowLargeBody(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<PreservationOptions>();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = options.MaxFileBytes + 1024 * 1024;
    }
}
