using Depot.Interchange.Csv;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Jobs;
using Depot.Storage.Records;

namespace Depot.Web.Importing;

/// <summary>What an import job carries: which upload, dry run or not, and who started it (for the history).</summary>
public sealed record ImportJobPayload(long UploadId, bool DryRun, long? UserId, string UserName);

/// <summary>Starts and cancels the runs of an upload: first a dry run, then (once checked) the import itself.</summary>
public sealed class ImportRuns(ImportUploadStore uploads, JobQueue jobs)
{
    public const string JobKind = "import.run";

    public enum Refusal
    {
        None,
        Busy,
        NeedsMapping,
        NotChecked,
        AlreadyImported,
    }

    public static SourceFormat FormatOf(ImportUpload upload) => Enum.Parse<SourceFormat>(upload.Format);

    public static bool NeedsMapping(ImportUpload upload) => FormatOf(upload) is SourceFormat.Csv or SourceFormat.Xlsx;

    public static CsvMapping? MappingOf(ImportUpload upload) =>
        upload.MappingJson.Length == 0 ? null : DepotJson.Deserialize<CsvMapping>(upload.MappingJson);

    /// <summary>Why a run cannot start now, or <see cref="Refusal.None"/>.</summary>
    public static Refusal Check(ImportUpload upload, bool dryRun) => upload.Stage switch
    {
        ImportStage.Checking or ImportStage.Importing => Refusal.Busy,
        _ when NeedsMapping(upload) && upload.MappingJson.Length == 0 => Refusal.NeedsMapping,
        ImportStage.Imported when !dryRun => Refusal.AlreadyImported,
        _ when !dryRun && upload.Stage != ImportStage.Checked => Refusal.NotChecked,
        _ => Refusal.None,
    };

    public async Task<(BackgroundJob? Job, Refusal Refused)> StartAsync(ImportUpload upload, bool dryRun, Actor actor, CancellationToken ct)
    {
        var refused = Check(upload, dryRun);
        if (refused != Refusal.None) return (null, refused);
        var job = await jobs.EnqueueAsync(JobKind, upload.OrganisationId,
            DepotJson.Serialize(new ImportJobPayload(upload.Id, dryRun, actor.UserId, actor.Name)), ct);
        await uploads.StartAsync(upload.OrganisationId, upload.Id, dryRun, job.Id, ct);
        return (job, Refusal.None);
    }

    /// <summary>Stops the running run: its job is cancelled and the upload marked so; false when nothing was running.</summary>
    public async Task<bool> CancelAsync(ImportUpload upload, CancellationToken ct)
    {
        if (upload.CurrentJobId is not long jobId || upload.Stage is not (ImportStage.Checking or ImportStage.Importing)) return false;
        await jobs.CancelAsync(upload.OrganisationId, jobId, ct);
        return await uploads.CancelAsync(upload.OrganisationId, upload.Id, ct);
    }
}
