using System.Globalization;
using Depot.Preservation.Upload;
using Depot.Web.Api.Access;
using Depot.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Api.DigitalDepot;

/// <summary>One chunk of a resumable upload: its offset, the bytes streamed to the session's file, and the ingest after the last one.</summary>
internal static class UploadChunks
{
    public static async Task<IResult> AppendAsync(Guid id, HttpContext http, UploadSessions sessions, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (Offset(http.Request) is not var (offset, total))
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Positie ontbreekt", "Offset missing",
                "Zeg waar dit stuk begint: Content-Range: bytes 0-1048575/5000000, of Upload-Offset: 0.",
                "Say where this chunk starts: Content-Range: bytes 0-1048575/5000000, or Upload-Offset: 0.");
        if (await sessions.FindAsync(scope.OrganisationId, id, ct) is not { } found) return ApiProblems.NotFound(http);
        if (total is long announced && announced != found.ExpectedLength)
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Verkeerde lengte", "Wrong length",
                $"Deze upload is {found.ExpectedLength} bytes lang, niet {announced}.", $"This upload is {found.ExpectedLength} bytes long, not {announced}.");
        UploadsApi.AllowLargeBody(http);

        var result = await sessions.AppendAsync(scope.OrganisationId, id, offset, http.Request.Body, ct);
        SetOffset(http, result.Received);
        switch (result.Outcome)
        {
            case ChunkOutcome.NotFound:
                return ApiProblems.NotFound(http);
            case ChunkOutcome.WrongOffset:
                return Conflict(http, result.Received,
                    $"Dit stuk begint op byte {offset}, maar er zijn er {result.Received} ontvangen: stuur vanaf byte {result.Received}.",
                    $"This chunk starts at byte {offset}, but {result.Received} have been received: send from byte {result.Received}.");
            case ChunkOutcome.Closed:
                return Conflict(http, result.Received, $"Deze upload is al afgesloten ({result.Session!.State}).", $"This upload is already closed ({result.Session!.State}).");
            case ChunkOutcome.TooLong:
                return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "Te veel bytes", "Too many bytes",
                    $"Dit stuk gaat voorbij de {result.Session!.ExpectedLength} bytes die bij de start zijn aangekondigd; het is niet bewaard.",
                    $"This chunk goes past the {result.Session!.ExpectedLength} bytes announced at the start; it was not kept.");
            case ChunkOutcome.Interrupted:
                return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Onderbroken", "Interrupted",
                    $"De verbinding brak af; {result.Received} bytes zijn bewaard. Ga verder vanaf daar.",
                    $"The connection broke; {result.Received} bytes were kept. Resume from there.");
        }
        var session = result.Session!;
        if (session.ReceivedBytes < session.ExpectedLength) return Results.Ok(UploadOutput.From(session, scope.Slug));
        return await CompleteAsync(http, id, sessions, ct);
    }

    /// <summary>Ingests a fully received upload: 201 with the file, or 422 with the refusal; the session records either.</summary>
    public static async Task<IResult> CompleteAsync(HttpContext http, Guid id, UploadSessions sessions, CancellationToken ct)
    {
        var scope = http.Organisation();
        var (session, result) = await sessions.CompleteAsync(scope.OrganisationId, id, UploadsApi.Ingest(http), scope.Actor, ct);
        if (session is null) return ApiProblems.NotFound(http);
        var english = Language.IsEnglish(http);
        if (result is null)
            // Another request completed it first: report what it came to.
            return Results.Ok(UploadOutput.From(session, scope.Slug, refusal: UploadSessions.RefusalOf(session), english: english));
        if (result.Refusal is { } refusal)
        {
            var problem = ApiProblems.Problem(http, StatusCodes.Status422UnprocessableEntity, "Bestand geweigerd", "File refused", refusal.MessageNl, refusal.MessageEn);
            http.Response.Headers["Depot-Refusal"] = refusal.Code;
            return problem;
        }
        var output = UploadOutput.From(session, scope.Slug, result.Duplicate, english: english);
        return TypedResults.Created(output.FileUrl, output);
    }

    /// <summary>Content-Range (<c>bytes 0-99/1000</c>, <c>bytes */1000</c>) or Upload-Offset; null when neither is readable.</summary>
    internal static (long Offset, long? Total)? Offset(HttpRequest request)
    {
        if (request.Headers[HeaderNames.ContentRange].ToString() is { Length: > 0 } range)
        {
            if (!range.StartsWith("bytes ", StringComparison.OrdinalIgnoreCase)) return null;
            var parts = range[6..].Trim().Split('/');
            if (parts.Length != 2) return null;
            long? total = parts[1] == "*" ? null : long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : -1;
            if (total == -1) return null;
            if (parts[0] == "*") return (total ?? 0, total);
            var dash = parts[0].IndexOf('-', StringComparison.Ordinal);
            return dash > 0 && long.TryParse(parts[0][..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? (start, total) : null;
        }
        return long.TryParse(request.Headers[UploadsApi.OffsetHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? (offset, null) : null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(HttpContext http, long received, string nl, string en)
    {
        var english = Language.IsEnglish(http);
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: english ? "Cannot continue here" : "Kan hier niet verder",
            detail: english ? en : nl,
            extensions: new Dictionary<string, object?> { ["received"] = received, ["traceId"] = http.TraceIdentifier });
    }

    private static void SetOffset(HttpContext http, long received) =>
        http.Response.Headers[UploadsApi.OffsetHeader] = received.ToString(CultureInfo.InvariantCulture);
}
