using System.Text.Json;
using Depot.Interchange.Exporting;
using Depot.Storage.Jobs;
using Depot.Storage.Search;

namespace Depot.Web.Exports;

/// <summary>What an export job writes: the request and the name the download will have.</summary>
public sealed record ExportJobPayload(ExportFormat Format, ObjectQuery? Query, long? SetId, IReadOnlyList<string> Fields, ExportHeader Header, string FileName)
{
    public ExportRequest Request => new(Format, new ObjectScope(Query, SetId), Fields, Header);
}

/// <summary>What a finished export job produced.</summary>
public sealed record ExportJobResult(string FileName, long Count, long Bytes);

/// <summary>A finished or running export job of an organisation, read back with its payload and result.</summary>
public sealed record ExportJobView(BackgroundJob Job, ExportJobPayload Payload, ExportJobResult? Result)
{
    public bool IsFinished => Job.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}

/// <summary>
/// Large exports and whole-organisation exports as durable background jobs (<c>objects.export</c>):
/// the job writes a file under <see cref="ExportFiles"/>, reports progress per page of objects, and the
/// file is offered for download to the same organisation only.
/// </summary>
public sealed class ExportJobs(JobQueue queue, ObjectExport export, ExportFiles files)
{
    public const string Kind = "objects.export";

    public Task<BackgroundJob> EnqueueAsync(long organisationId, ExportJobPayload payload, CancellationToken ct) =>
        queue.EnqueueAsync(Kind, organisationId, JsonSerializer.Serialize(payload), ct);

    /// <summary>The export job with this id of this organisation, or null (another organisation's job, another kind, or none).</summary>
    public async Task<ExportJobView?> FindAsync(long organisationId, long jobId, CancellationToken ct)
    {
        if (await queue.FindAsync(jobId, ct) is not { Kind: Kind } job || job.OrganisationId != organisationId) return null;
        var payload = JsonSerializer.Deserialize<ExportJobPayload>(job.Payload)!;
        var result = job.State == JobState.Succeeded && job.Result.Length > 0 ? JsonSerializer.Deserialize<ExportJobResult>(job.Result) : null;
        return new ExportJobView(job, payload, result);
    }

    /// <summary>The finished file of an organisation's export job, or null when there is none (yet).</summary>
    public async Task<(FileStream File, ExportJobView View)?> OpenAsync(long organisationId, long jobId, CancellationToken ct)
    {
        if (await FindAsync(organisationId, jobId, ct) is not { Result: not null } view) return null;
        var path = files.PathOf(organisationId, jobId, ObjectExport.Extension(view.Payload.Format));
        return File.Exists(path) ? (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous), view) : null;
    }

    /// <summary>Writes the file from scratch (a retried job starts over) under a temporary name, then moves it in place.</summary>
    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId)
            throw new InvalidOperationException("An objects.export job needs an organisation.");
        var payload = JsonSerializer.Deserialize<ExportJobPayload>(job.Payload)
            ?? throw new InvalidOperationException("The export job has no payload.");
        var path = files.PathOf(organisationId, job.Id, ObjectExport.Extension(payload.Format));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        long count;
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            count = await export.WriteAsync(organisationId, payload.Request, file,
                (done, total, c) => progress.ReportAsync(done, total, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{done} / {total}"), c), ct);
        File.Move(partial, path, overwrite: true);
        progress.Result = JsonSerializer.Serialize(new ExportJobResult(payload.FileName, count, new FileInfo(path).Length));
    }
}

/// <summary>Runs <c>objects.export</c>.</summary>
public sealed class ExportObjectsHandler(ExportJobs exports) : IJobHandler
{
    public string Kind => ExportJobs.Kind;

    public Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct) => exports.RunAsync(job, progress, ct);
}
