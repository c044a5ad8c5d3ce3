using Depot.Interchange.Exporting;
using Microsoft.Net.Http.Headers;

namespace Depot.Web.Exports;

/// <summary>Streams an export straight into an HTTP response, for exports small enough to wait for.</summary>
public static class ExportDownload
{
    public static async Task WriteAsync(HttpResponse response, ObjectExport export, long organisationId, ExportRequest request, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(request);
        response.ContentType = ObjectExport.ContentType(request.Format);
        response.Headers.ContentDisposition = Attachment(fileName);
        response.Headers.CacheControl = "no-store";
        if (request.Format == ExportFormat.Csv)
        {
            await export.WriteAsync(organisationId, request, response.Body, null, ct);
            return;
        }
        // A workbook is a zip package that needs a seekable stream: it is built in a temporary file
        // (deleted on close), then copied out.
        var temp = Path.Combine(Path.GetTempPath(), "depot-export-" + Guid.NewGuid().ToString("N") + ".tmp");
        await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await export.WriteAsync(organisationId, request, file, null, ct);
        response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(response.Body, ct);
    }

    /// <summary>An attachment header whose name is safe in any browser (ASCII fallback plus the UTF-8 name).</summary>
    public static string Attachment(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        return header.ToString();
    }

    /// <summary>"objecten-2026-11-29.csv": a download name from a base name, today's date and the format.</summary>
    public static string FileName(string name, ExportFormat format, DateTimeOffset now)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal)) safe = safe.Replace("--", "-", StringComparison.Ordinal);
        if (safe.Length == 0) safe = "objecten";
        if (safe.Length > 60) safe = safe[..60].TrimEnd('-');
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{safe}-{now:yyyy-MM-dd}{ObjectExport.Extension(format)}");
    }
}
