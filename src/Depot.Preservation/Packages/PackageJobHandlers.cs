using System.Globalization;
using System.Text.Json;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Packages;

/// <summary>
/// Writes a package from scratch (a retried job starts over) under a temporary name, then moves it
/// in place, so a crash never leaves a half package to download. Services are resolved when the job
/// runs: the content reader belongs to the replica part of the depot.
/// </summary>
internal sealed class PackageExportHandler(IServiceProvider services, PackageJobs jobs) : IJobHandler
{
    public string Kind => PreservationJobs.PackageExport;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var organisationId = job.OrganisationId ?? throw new InvalidOperationException("A package export needs an organisation.");
        var payload = JsonSerializer.Deserialize<PackageExportPayload>(job.Payload) ?? throw new InvalidOperationException("The package export has no payload.");
        var path = jobs.ExportPath(organisationId, job.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        PackageSummary summary;
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            summary = await services.GetRequiredService<PackageExport>().WriteAsync(organisationId, payload.Scope, payload.Format, file,
                Path.GetFileNameWithoutExtension(payload.FileName),
                (done, total, c) => progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture, $"{done} / {total}"), c), ct);
        File.Move(partial, path, overwrite: true);
        progress.Result = JsonSerializer.Serialize(new PackageExportResult(payload.FileName, summary.Objects, summary.Files, new FileInfo(path).Length));
    }
}

/// <summary>
/// Imports an uploaded bag. A refused or invalid package is an outcome, not a failure to retry; a
/// crash part-way is retried safely because the ingest recognises the files it already took.
/// </summary>
internal sealed class PackageImportHandler(IServiceProvider services, PackageJobs jobs) : IJobHandler
{
    public string Kind => PreservationJobs.PackageImport;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var organisationId = job.OrganisationId ?? throw new InvalidOperationException("A package import needs an organisation.");
        var payload = JsonSerializer.Deserialize<PackageImportPayload>(job.Payload) ?? throw new InvalidOperationException("The package import has no payload.");
        var upload = Path.Combine(jobs.Folder(organisationId), Path.GetFileName(payload.UploadName));
        PackageImportOutcome outcome;
        try
        {
            var result = await services.GetRequiredService<BagImport>().ImportAsync(organisationId, upload, new Actor(payload.UserId, payload.UserName),
                (done, total, c) => progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture, $"{done} / {total}"), c), ct);
            outcome = new PackageImportOutcome(result.Verdict.IsValid, result.Ingested, result.Duplicates, result.Verdict.Problems, result.Refused);
        }
        catch (PackageRefusedException refused)
        {
            outcome = new PackageImportOutcome(false, 0, 0, [refused.Problem], []);
        }
        File.Delete(upload);
        progress.Result = JsonSerializer.Serialize(outcome);
    }
}
