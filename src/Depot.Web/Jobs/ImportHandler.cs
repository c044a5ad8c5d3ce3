using System.Globalization;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Depot.Web.Importing;

namespace Depot.Web.Jobs;

/// <summary>
/// Runs <c>import.run</c>: a dry run or the import of an uploaded file through the import engine. Bytes read of
/// the file's size are the job's progress (the bar and the ETA), the counts go on the upload, every record's
/// outcome into the stored report, and the summary into the job's result.
/// </summary>
public sealed class ImportHandler(ImportComponents components, ImportUploadStore uploads, ImportFiles files, ILogger<ImportHandler> logger) : IJobHandler
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(1);

    public string Kind => ImportRuns.JobKind;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId)
            throw new InvalidOperationException("An import.run job needs an organisation.");
        var payload = DepotJson.Deserialize<ImportJobPayload>(job.Payload);
        var upload = await uploads.FindAsync(organisationId, payload.UploadId, ct)
            ?? throw new InvalidOperationException($"Import {payload.UploadId} does not exist in organisation {organisationId}.");
        if (upload.Stage == ImportStage.Cancelled) return;
        var request = new ImportRequest(ImportRuns.FormatOf(upload), files.FullPath(upload.StoredPath), upload.FileName, payload.DryRun, ImportRuns.MappingOf(upload));
        var latest = new Latest();
        using var reporting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reporter = ReportUntilDoneAsync(organisationId, upload.Id, latest, progress, reporting.Token);
        ImportSummary summary;
        try
        {
            await using var report = StoredImportReport.Open(files.ReportPath(upload, payload.DryRun), fresh: job.Attempts <= 1);
            summary = await components.Runner.RunAsync(organisationId, request, new Actor(payload.UserId, payload.UserName), report, latest, ct);
        }
        catch (SourceFormatException e)
        {
            // The file cannot be read on: trying again would fail the same way, so the run ends here with the reason.
            logger.LogInformation("Import {Upload} refused: {Reason}", upload.Id, e.Describe(dutch: false));
            await uploads.FailAsync(organisationId, upload.Id, e.Describe(dutch: true), e.Describe(dutch: false), CancellationToken.None);
            progress.Result = DepotJson.Serialize(new { error = e.Describe(dutch: false) });
            return;
        }
        catch (Exception e) when (job.Attempts >= JobQueue.MaxAttempts && !ct.IsCancellationRequested)
        {
            await uploads.FailAsync(organisationId, upload.Id, "De import is mislukt: " + e.Message, "The import failed: " + e.Message, CancellationToken.None);
            throw;
        }
        finally
        {
            await reporting.CancelAsync();
            await reporter;
        }
        var counts = new ImportCounts(summary.Records, summary.Created, summary.Updated, summary.Unchanged, summary.Refused);
        await progress.ReportAsync(upload.SizeBytes, upload.SizeBytes, Message(summary.Records), ct);
        progress.Result = DepotJson.Serialize(summary);
        await uploads.FinishAsync(organisationId, upload.Id, payload.DryRun, counts, progress.Result, ct);
    }

    /// <summary>Writes the latest progress once a second (not per batch): the job row for the bar, the upload row for the counts.</summary>
    private async Task ReportUntilDoneAsync(long organisationId, long uploadId, Latest latest, IJobProgress progress, CancellationToken ct)
    {
        ImportProgress? reported = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ReportEvery, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (latest.Value is not { } p || p == reported) continue;
            reported = p;
            try
            {
                await progress.ReportAsync(p.BytesRead, p.BytesTotal, Message(p.Records), ct);
                await uploads.CountAsync(organisationId, uploadId, new ImportCounts(p.Records, p.Created, p.Updated, p.Unchanged, p.Refused), ct);
            }
            catch (OperationCanceledException)
            {
                return; // Done, or cancelled (the job lost its hold, which also stops the run).
            }
        }
    }

    private static string Message(long records) => string.Create(CultureInfo.InvariantCulture, $"{records} records");

    /// <summary>The engine reports after each batch from its own thread; only the newest report matters.</summary>
    private sealed class Latest : IProgress<ImportProgress>
    {
        private ImportProgress? value;

        public ImportProgress? Value => Volatile.Read(ref value);

        public void Report(ImportProgress progress) => Volatile.Write(ref value, progress);
    }
}
