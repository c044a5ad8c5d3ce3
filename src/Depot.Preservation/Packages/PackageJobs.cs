using System.Globalization;
using System.Text.Json;
using Depot.Storage.Jobs;
using Depot.Storage.Search;

namespace Depot.Preservation.Packages;

/// <summary>An export job's request: the objects (a search, a set, or all) and the package format.</summary>
public sealed record PackageExportPayload(PackageFormat Format, ObjectQuery? Query, long? SetId, string FileName)
{
    public ObjectScope Scope => new(Query, SetId);
}

public sealed record PackageExportResult(string FileName, long Objects, long Files, long Bytes);

/// <summary>An import job's request: the uploaded zip (in the work folder) and who imports it.</summary>
public sealed record PackageImportPayload(string UploadName, string FileName, long? UserId, string UserName);

/// <summary>What an import did; a refused or invalid package has its reasons and nothing ingested.</summary>
public sealed record PackageImportOutcome(bool Accepted, int Ingested, int Duplicates, IReadOnlyList<PackageProblem> Problems, IReadOnlyList<PackageProblem> Refused);

/// <summary>A package job of an organisation with its request and, once done, its outcome.</summary>
public sealed record PackageJobView(BackgroundJob Job, PackageExportPayload? Export, PackageExportResult? ExportResult,
    PackageImportPayload? Import, PackageImportOutcome? ImportOutcome)
{
    public bool IsFinished => Job.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}

/// <summary>
/// Package export and import as durable background jobs (<see cref="PreservationJobs.PackageExport"/>,
/// <see cref="PreservationJobs.PackageImport"/>). Files live under the work folder,
/// <c>packages/ORG/JOB.zip</c> for exports and <c>packages/ORG/upload-…zip</c> for uploads, with
/// paths built from ids only; a job and its file are shown to its own organisation only.
/// </summary>
public sealed class PackageJobs(JobQueue queue, PreservationPaths paths)
{
    public Task<BackgroundJob> EnqueueExportAsync(long organisationId, PackageExportPayload payload, CancellationToken ct) =>
        queue.EnqueueAsync(PreservationJobs.PackageExport, organisationId, JsonSerializer.Serialize(payload), ct);

    /// <summary>Keeps the uploaded zip (streamed to disk) and queues its import.</summary>
    public async Task<BackgroundJob> EnqueueImportAsync(long organisationId, Stream upload, string fileName, long? userId, string userName, CancellationToken ct)
    {
        var name = "upload-" + Guid.NewGuid().ToString("N") + ".zip";
        var path = Path.Combine(Folder(organisationId), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            await upload.CopyToAsync(file, ct);
        return await queue.EnqueueAsync(PreservationJobs.PackageImport, organisationId,
            JsonSerializer.Serialize(new PackageImportPayload(name, Path.GetFileName(fileName), userId, userName)), ct);
    }

    /// <summary>The package job with this id of this organisation, or null (another organisation's, another kind, none).</summary>
    public async Task<PackageJobView?> FindAsync(long organisationId, long jobId, CancellationToken ct)
    {
        if (await queue.FindAsync(jobId, ct) is not { } job || job.OrganisationId != organisationId) return null;
        var done = job.State == JobState.Succeeded && job.Result.Length > 0;
        return job.Kind switch
        {
            PreservationJobs.PackageExport => new PackageJobView(job, JsonSerializer.Deserialize<PackageExportPayload>(job.Payload),
                done ? JsonSerializer.Deserialize<PackageExportResult>(job.Result) : null, null, null),
            PreservationJobs.PackageImport => new PackageJobView(job, null, null, JsonSerializer.Deserialize<PackageImportPayload>(job.Payload),
                done ? JsonSerializer.Deserialize<PackageImportOutcome>(job.Result) : null),
            _ => null,
        };
    }

    /// <summary>The finished package of an export job of this organisation, or null.</summary>
    public async Task<(FileStream File, string FileName)?> OpenAsync(long organisationId, long jobId, CancellationToken ct)
    {
        if (await FindAsync(organisationId, jobId, ct) is not { ExportResult: { } result }) return null;
        var path = ExportPath(organisationId, jobId);
        return File.Exists(path) ? (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous), result.FileName) : null;
    }

    internal string Folder(long organisationId) => Path.Combine(paths.WorkDirectory, "packages", organisationId.ToString(CultureInfo.InvariantCulture));

    internal string ExportPath(long organisationId, long jobId) => Path.Combine(Folder(organisationId), jobId.ToString(CultureInfo.InvariantCulture) + ".zip");
}
