using System.Globalization;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Importing;

/// <summary>
/// Streams an upload straight to the data directory, so a file of gigabytes never sits in memory
/// (nor in ASP.NET's own temp buffer): the form's multipart body section by section, or the API's raw body.
/// </summary>
public sealed class UploadReceiver(ImportFiles files, ImportUploadStore uploads, IAntiforgery antiforgery)
{
    /// <summary>Why an upload was refused, in Dutch and English, and the HTTP status that says so.</summary>
    public sealed record Refusal(int Status, string Nl, string En);

    public sealed record Received(ImportUpload? Upload, Refusal? Refused);

    /// <summary>The web form: fields first (anti-forgery token, format), the file last, as the form orders them.</summary>
    public async Task<Received> FromFormAsync(HttpContext http, long organisationId, Actor actor, CancellationToken ct)
    {
        if (TooLarge(http) is { } large) return new(null, large);
        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary)) return new(null, new Refusal(400, "Kies een bestand om te importeren.", "Choose a file to import."));
        var reader = new MultipartReader(boundary, http.Request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (!disposition.IsFileDisposition())
            {
                using var text = new StreamReader(section.Body);
                fields[name] = await text.ReadToEndAsync(ct);
                continue;
            }
            // The token came before the file: check it before a single byte of the file is written.
            http.Request.Headers["RequestVerificationToken"] = fields.GetValueOrDefault("__RequestVerificationToken", "");
            if (!await antiforgery.IsRequestValidAsync(http))
                return new(null, new Refusal(400, "Het formulier is verlopen. Laad de pagina opnieuw en probeer nog eens.",
                    "The form has expired. Reload the page and try again."));
            var original = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            var fileName = ImportFiles.SafeName(original);
            if (string.IsNullOrEmpty(original))
                return new(null, new Refusal(400, "Kies een bestand om te importeren.", "Choose a file to import."));
            return await StoreAsync(section.Body, fileName, fields.GetValueOrDefault("format"), organisationId, actor, ct);
        }
        return new(null, new Refusal(400, "Kies een bestand om te importeren.", "Choose a file to import."));
    }

    /// <summary>The API: the request body is the file.</summary>
    public async Task<Received> FromBodyAsync(HttpContext http, string? fileName, string? format, long organisationId, Actor actor, CancellationToken ct) =>
        TooLarge(http) is { } large ? new(null, large) : await StoreAsync(http.Request.Body, ImportFiles.SafeName(fileName), format, organisationId, actor, ct);

    private Refusal? TooLarge(HttpContext http)
    {
        // Room for the multipart framing around the file; the file itself is counted while it is written.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = files.MaxUploadBytes + 1024 * 1024;
        return http.Request.ContentLength > files.MaxUploadBytes + 1024 * 1024 ? SizeRefusal() : null;
    }

    private Refusal SizeRefusal()
    {
        var size = Size(files.MaxUploadBytes);
        return new Refusal(StatusCodes.Status413PayloadTooLarge,
            $"Het bestand is groter dan de toegelaten {size}. Splits het, of vraag de beheerder de grens (Depot:Imports:MaxUploadBytes) te verhogen.",
            $"The file is larger than the allowed {size}. Split it, or ask the administrator to raise the limit (Depot:Imports:MaxUploadBytes).");
    }

    private async Task<Received> StoreAsync(Stream body, string fileName, string? formatText, long organisationId, Actor actor, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var stored = files.NewStoredPath(organisationId, extension.Length is > 1 and <= 8 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : "");
        var path = files.FullPath(stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long written = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                written += read;
                if (written > files.MaxUploadBytes)
                {
                    await target.DisposeAsync();
                    Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
                    return new(null, SizeRefusal());
                }
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (written == 0)
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            return new(null, new Refusal(400, $"{fileName} is leeg.", $"{fileName} is empty."));
        }
        SourceFormat? format = Enum.TryParse<SourceFormat>(formatText, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen)
            ? chosen : FormatDetection.Detect(fileName, path);
        if (format is null)
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            return new(null, new Refusal(422, $"Van {fileName} kon Depot het formaat niet herkennen. Kies LIDO, Adlib XML, CSV of XLSX.",
                $"Depot could not tell the format of {fileName}. Choose LIDO, Adlib XML, CSV or XLSX."));
        }
        var upload = await uploads.AddAsync(new ImportUpload
        {
            OrganisationId = organisationId,
            FileName = fileName,
            StoredPath = stored,
            Format = format.Value.ToString(),
            SizeBytes = written,
            UserId = actor.UserId,
            UserName = actor.Name,
        }, ct);
        return new(upload, null);
    }

    /// <summary>"20 GB", "512 kB" (binary multiples, as file managers show them).</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
