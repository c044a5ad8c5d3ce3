using System.Globalization;
using System.Text.Json;
using Depot.Core.Preservation;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Preservation;
using Depot.Storage.Publishing;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Depot.Preservation.Derivatives;

/// <summary>
/// Runs <see cref="PreservationJobs.Derivatives"/> (<c>{"fileId": 12}</c>): copies the original out of
/// a replica, has libvips make thumbnail, web size and pyramid, and records the outcome on the file
/// with a PREMIS event. What libvips cannot read ends <see cref="DerivativeState.Failed"/> with the
/// reason, and the job succeeds: retrying would fail the same way for ever.
/// </summary>
/// <remarks>The content reader is optional only so a host without replica stores still starts its job worker; such a job fails with a clear message.</remarks>
internal sealed class DerivativesHandler(DepotDatabase database, PreservationPaths paths, TimeProvider clock,
    IContentReader? content = null, PublicationProjector? projector = null) : IJobHandler
{
    public const string Agent = "Depot derivatives (libvips)";

    public string Kind => PreservationJobs.Derivatives;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var fileId = ReadFileId(job.Payload);
        if (content is null) throw new InvalidOperationException("No IContentReader is registered: the depot's replica stores are not configured in this host.");
        await using (var db = database.CreateContext())
        {
            var file = await db.DigitalFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.OrganisationId == job.OrganisationId, ct);
            // Deleted or never there (the job outlived its file): nothing to make.
            if (file is null || file.IsDeleted) return;
            await progress.ReportAsync(0, 3, file.FileName, ct);
            var (made, error) = await MakeAsync(file.Sha256, file.FileName, ct);
            await RecordAsync(fileId, made, error, ct);
            await progress.ReportAsync(3, 3, error ?? string.Create(CultureInfo.InvariantCulture, $"{made!.Width} × {made.Height}, {made.Levels} levels"), ct);
            progress.Result = JsonSerializer.Serialize(new { fileId, state = error is null ? "Ready" : "Failed", error });
        }
        if (projector is not null) await RepublishAsync(fileId, ct);
    }

    /// <summary>The derivatives of the content, made now or found from an earlier file with the same bytes; or why none could be made.</summary>
    private async Task<(DerivativeMaker.Made? Made, string? Error)> MakeAsync(string sha256, string fileName, CancellationToken ct)
    {
        LibVips.Configure();
        var folder = paths.DerivativesOf(sha256);
        var incoming = Path.Combine(paths.WorkDirectory, "derivatives", ".incoming");
        Directory.CreateDirectory(incoming);
        var source = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            if (DerivativeFiles.AllPresent(folder)) return (Measure(folder), null);
            try
            {
                await using var from = await content!.OpenReadAsync(sha256, ct);
                await using var to = new FileStream(source, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await from.CopyToAsync(to, 1 << 16, ct);
            }
            catch (FileNotFoundException)
            {
                return (null, "Geen enkele kopie van het origineel is leesbaar. / No replica of the original could be read.");
            }
            // libvips is synchronous and CPU-bound: off the thread pool's async threads.
            return await Task.Run<(DerivativeMaker.Made?, string?)>(() =>
            {
                try
                {
                    return (DerivativeMaker.Make(source, folder), null);
                }
                catch (VipsException e)
                {
                    return (null, Reason(e.Message, source, fileName));
                }
            }, ct);
        }
        finally
        {
            if (File.Exists(source)) File.Delete(source);
        }
    }

    private async Task RecordAsync(long fileId, DerivativeMaker.Made? made, string? error, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var file = await db.DigitalFiles.AsTracking().SingleAsync(f => f.Id == fileId, ct);
        file.Derivatives = error is null ? DerivativeState.Ready : DerivativeState.Failed;
        file.DerivativeError = error ?? "";
        // The pyramid is upright (orientation tag applied): images showing the file take its size, so canvases match the image service.
        if (made is not null)
            foreach (var image in await db.ObjectImages.AsTracking().Where(i => i.FileId == fileId && i.OrganisationId == file.OrganisationId).ToListAsync(ct))
                (image.Width, image.Height) = (made.Width, made.Height);
        var detail = error is null
            ? string.Create(CultureInfo.InvariantCulture,
                $"Thumbnail ({DerivativeFiles.ThumbnailSize} px), web size ({DerivativeFiles.WebSizePixels} px JPEG) and tiled pyramid (TIFF, {DerivativeFiles.TileSize} px JPEG tiles, {made!.Levels} levels) of {made.Width} × {made.Height} pixels")
            : "No derivatives: " + error;
        PreservationEventLog.Record(db, file, PreservationEventType.DerivativeCreation, error is null ? EventOutcome.Success : EventOutcome.Failure,
            detail, Agent + " " + NetVips.NetVips.Version(0) + "." + NetVips.NetVips.Version(1), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Objects showing the file re-publish, so their manifests gain the image service.</summary>
    private async Task RepublishAsync(long fileId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var objectIds = await db.ObjectImages.Where(i => i.FileId == fileId).Select(i => i.ObjectId).Distinct().ToListAsync(ct);
        if (objectIds.Count > 0) await projector!.RefreshAsync(objectIds, ct);
    }

    private static DerivativeMaker.Made Measure(string folder)
    {
        using var pyramid = Image.NewFromFile(Path.Combine(folder, DerivativeFiles.Pyramid));
        return new DerivativeMaker.Made(pyramid.Width, pyramid.Height, pyramid.Contains("n-pages") ? (int)pyramid.Get("n-pages") : 1);
    }

    /// <summary>libvips' message without the working copy's path, which means nothing to a registrar.</summary>
    internal static string Reason(string message, string source, string fileName)
    {
        var text = message.Replace(source, fileName, StringComparison.Ordinal).Trim();
        var firstLines = string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3));
        return firstLines.Length > 900 ? firstLines[..900] : firstLines;
    }

    internal static long ReadFileId(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty("fileId", out var id) && id.TryGetInt64(out var value)
            ? value
            : throw new InvalidOperationException("A preservation.derivatives job needs {\"fileId\": …}.");
    }
}
