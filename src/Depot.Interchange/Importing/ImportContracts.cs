using Depot.Interchange.Csv;
using Depot.Interchange.Sources;
using Depot.Storage.Records;

namespace Depot.Interchange.Importing;

/// <summary>What to import: a file already on disk (an upload is streamed to disk first), its format, and for CSV/XLSX
/// the mapping. <c>DryRun</c>: validate and report what would happen, write nothing.</summary>
public sealed record ImportRequest(SourceFormat Format, string FilePath, string FileName, bool DryRun, CsvMapping? Mapping = null);

/// <summary>Progress of a running import, reported after each batch. <c>BytesRead</c> of <c>BytesTotal</c> is how far
/// into the file the reader is: the progress bar and the ETA.</summary>
public sealed record ImportProgress(long Records, long BytesRead, long BytesTotal, long Created, long Updated, long Unchanged, long Refused);

/// <summary>What happens (or, in a dry run, would happen) to one record.</summary>
public enum RecordAction
{
    Create,
    Update,
    Unchanged,
    Refused,
}

/// <summary>One line of the validation report. <c>ChangedFields</c>: for updates, the object's fields that change.
/// <c>Kept</c>: source fields kept verbatim because Depot has no place for them.</summary>
public sealed record RecordOutcome(long Position, string SourceId, string ObjectNumber, RecordAction Action,
    IReadOnlyList<SourceIssue> Issues, IReadOnlyList<string> ChangedFields, IReadOnlyList<KeptField> Kept);

/// <summary>The totals of a run; <see cref="KeptPaths"/> counts, per source path, how many values were kept verbatim.</summary>
public sealed record ImportSummary(long Records, long Created, long Updated, long Unchanged, long Refused,
    long Warnings, IReadOnlyDictionary<string, long> KeptPaths, bool DryRun, TimeSpan Elapsed);

/// <summary>Receives the report one record at a time (CSV and JSON files from the CLI, a stored report for the UI).</summary>
public interface IImportReport : IAsyncDisposable
{
    ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct);
}

/// <summary>
/// Runs an import for one organisation: reads the file as a stream, resolves terms, agents and
/// places against the organisation's authorities (external id first, then preferred label),
/// and writes in batches that are each one transaction. Running it again on the same file
/// resumes after the last committed batch, and changes nothing once everything is in.
/// </summary>
public interface IImportRunner
{
    Task<ImportSummary> RunAsync(long organisationId, ImportRequest request, Actor actor, IImportReport report,
        IProgress<ImportProgress>? progress, CancellationToken ct);
}
