using Depot.Preservation.Upload;
using Depot.Web.Api.Access;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Api.DigitalDepot;

/// <summary>
/// The one-shot multipart upload: each file part is streamed straight into ingest (which spools and
/// hashes it), so nothing is buffered whole. A multipart body is what a cross-site HTML form can send,
/// so cookie callers must show the anti-forgery token in a header; token callers cannot be forged.
/// </summary>
internal static class FileUploads
{
    public static async Task<IResult> PostAsync(HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        var scope = http.Organisation();
        if (UploadsApi.Unavailable(http) is { } unavailable) return unavailable;
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && (!http.Request.Headers.ContainsKey("RequestVerificationToken") || !await antiforgery.IsRequestValidAsync(http)))
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Formulier verlopen", "Form expired",
                "Stuur het anti-vervalsingstoken mee in de header RequestVerificationToken (of gebruik een API-token).",
                "Send the anti-forgery token in the RequestVerificationToken header (or use an API token).");
        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
            return ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, "Geen multipart", "Not multipart",
                "Stuur de bestanden als multipart/form-data.", "Send the files as multipart/form-data.");
        UploadsApi.AllowLargeBody(http);
        var ingest = UploadsApi.Ingest(http);
        var english = Language.IsEnglish(http);
        var reader = new MultipartReader(boundary, http.Request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var results = new List<FileUploadOutput>();
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            if (!disposition.IsFileDisposition())
            {
                using var text = new StreamReader(section.Body);
                fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? ""] = (await text.ReadToEndAsync(ct)).Trim();
                continue;
            }
            var name = UploadChecks.CleanName(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value ?? "" : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "");
            if (name.Length == 0) continue;
            long? objectId = long.TryParse(fields.GetValueOrDefault("objectId"), out var o) ? o : null;
            var request = new Preservation.Ingest.IngestRequest(name, objectId, Blank(fields.GetValueOrDefault("objectNumber")),
                Blank(fields.GetValueOrDefault("sha256"))?.ToLowerInvariant(), Blank(fields.GetValueOrDefault("md5"))?.ToLowerInvariant());
            var result = await ingest.IngestAsync(scope.OrganisationId, request, section.Body, scope.Actor, ct);
            results.Add(new FileUploadOutput(name, result.File is { } f ? FileOutput.From(f, null, scope.Slug) : null, result.Duplicate,
                result.Refusal is { } r ? new RefusalOutput(r.Code, english ? r.MessageEn : r.MessageNl) : null));
        }
        if (results.Count == 0)
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "Geen bestand", "No file",
                "Er zat geen bestand in het formulier.", "The form contained no file.");
        // All refused: the request as a whole failed; otherwise each row says how its file fared.
        return results.TrueForAll(r => r.File is null)
            ? TypedResults.UnprocessableEntity(results)
            : TypedResults.Created((string?)null, results);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
