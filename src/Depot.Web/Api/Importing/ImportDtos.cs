using Depot.Interchange.Csv;
using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Jobs;
using Depot.Web.Importing;

namespace Depot.Web.Api.Importing;

/// <summary>An import as the API shows it: the file, its stage, the counts of the latest run, the running job's progress and the summaries.</summary>
public sealed record ImportOutput(long Id, string FileName, string Format, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt,
    ImportStage Stage, CsvMapping? Mapping, ImportCountsOutput Counts, ImportJobOutput? Job, ImportSummary? Check, ImportSummary? Import,
    string? Error)
{
    public static ImportOutput From(ImportUpload u, BackgroundJob? job, bool english) => new(u.Id, u.FileName, u.Format, u.SizeBytes, u.UserName, u.CreatedAt,
        u.Stage, ImportRuns.MappingOf(u), new ImportCountsOutput(u.Records, u.Created, u.Updated, u.Unchanged, u.Refused),
        job is null ? null : new ImportJobOutput(job.Id, job.State.ToString(), job.Progress, job.Total),
        u.CheckSummaryJson.Length > 0 ? DepotJson.Deserialize<ImportSummary>(u.CheckSummaryJson) : null,
        u.ImportSummaryJson.Length > 0 ? DepotJson.Deserialize<ImportSummary>(u.ImportSummaryJson) : null,
        u.Stage == ImportStage.Failed ? (english ? u.ErrorEn : u.ErrorNl) : null);
}

public sealed record ImportCountsOutput(long Records, long Created, long Updated, long Unchanged, long Refused);

/// <summary>The job of the current run: <c>BytesRead</c> of <c>BytesTotal</c> is how far into the file it is.</summary>
public sealed record ImportJobOutput(long Id, string State, long BytesRead, long? BytesTotal);

/// <summary>Start a run: the dry run (<c>dryRun: true</c>, the default) or the import; CSV/XLSX give a mapping or a saved mapping's id once.</summary>
public sealed record StartImportInput(bool DryRun = true, CsvMapping? Mapping = null, long? MappingId = null);

public sealed record ImportListOutput(IReadOnlyList<ImportOutput> Items, int Total, int Page, int PageSize);

public sealed record ImportReportOutput(ImportSummary? Summary, IReadOnlyList<ReportLine> Records, int Page, int PageSize, bool HasMore);
