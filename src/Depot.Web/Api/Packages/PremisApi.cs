using Depot.Preservation.Premis;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Packages;

/// <summary>The PREMIS 3 event log of a depot file, or of all files of an object, as XML; the organisation's members only.</summary>
public static class PremisApi
{
    public static RouteGroupBuilder MapPremis(this RouteGroupBuilder org)
    {
        var group = org.MapGroup("/files").WithTags("Digital depot");
        group.MapGet("/{id:long}/premis.xml", async (long id, HttpContext http, PremisFiles files, CancellationToken ct) =>
                await files.FindAsync(http.Organisation().OrganisationId, id, ct) is { } file
                    ? await WriteAsync(http, [file], ct)
                    : ApiProblems.NotFound(http))
            .WithName("GetFilePremis")
            .WithSummary("The file's PREMIS 3 description: the object (fixity, size, PRONOM format, replicas), its events with their Library of Congress event types, and the agents.")
            .Produces(StatusCodes.Status200OK, contentType: PremisWriter.ContentType);

        group.MapGet("/premis.xml", async (long? objectId, HttpContext http, PremisFiles files, CancellationToken ct) =>
            {
                if (objectId is not long id) return ApiProblems.Problem(http, StatusCodes.Status400BadRequest,
                    "objectId ontbreekt", "objectId is missing", "Geef het object: ?objectId=12.", "Name the object: ?objectId=12.");
                var found = await files.ForObjectAsync(http.Organisation().OrganisationId, id, includeDeleted: true, ct);
                return found.Count > 0 ? await WriteAsync(http, found, ct) : ApiProblems.NotFound(http);
            })
            .WithName("GetObjectFilesPremis")
            .WithSummary("One PREMIS 3 document for every depot file of an object (objectId).")
            .Produces(StatusCodes.Status200OK, contentType: PremisWriter.ContentType);
        return group;
    }

    private static async Task<IResult> WriteAsync(HttpContext http, IReadOnlyList<PremisFile> files, CancellationToken ct)
    {
        http.Response.ContentType = PremisWriter.ContentType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "private, no-store";
        await PremisWriter.WriteAsync(http.Response.Body, files, ct);
        return Results.Empty;
    }
}
