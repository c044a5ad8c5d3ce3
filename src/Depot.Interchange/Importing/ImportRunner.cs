using System.Diagnostics;
using System.Threading.Channels;
using Depot.Interchange.Csv;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Records;

namespace Depot.Interchange.Importing;

/// <summary>Tuning of an import run.</summary>
/// <param name="BatchSize">Records per batch: each batch is one transaction and one checkpoint.</param>
public sealed record ImportOptions(int BatchSize = ImportOptions.DefaultBatchSize)
{
    public const int DefaultBatchSize = 2_000;
}

/// <summary>
/// The import engine: one thread reads the file and hashes each record while another decides per
/// batch (refused, unchanged, update, create), resolves authorities and writes the batch with its
/// checkpoint in one transaction. A re-run of the same file resumes after the last checkpoint; a
/// re-run after a finished one finds every hash equal and writes nothing but checkpoints.
/// </summary>
public sealed partial class ImportRunner(DepotDatabase database, RecordStore records, TimeProvider clock,
    Func<SourceFormat, CsvMapping?, ISourceReader> readers, ImportOptions? options = null) : IImportRunner
{
    private readonly int batchSize = Math.Max(1, (options ?? new ImportOptions()).BatchSize);

    public async Task<ImportSummary> RunAsync(long organisationId, ImportRequest request, Actor actor, IImportReport report,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var store = new ImportStore(database, records, clock);
        var reader = readers(request.Format, request.Mapping);
        var totals = new ImportTotals();
        ImportRun? run = null;
        if (!request.DryRun)
        {
            var identity = await FileIdentity.ComputeAsync(request.FilePath, request.FileName, ct);
            run = await store.StartRunAsync(organisationId, request.FileName, identity, request.Format.ToString(), actor, ct);
            totals.ResumeFrom(run);
        }
        var authorities = await AuthorityResolver.LoadAsync(database, organisationId, ct);
        var writer = run is null ? null : await store.OpenWriterAsync(organisationId, actor, $"geïmporteerd uit {request.FileName}", ct);

        await using var file = new FileStream(request.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // One batch waiting while one is written and the next is read: three batches in memory at most.
        var channel = Channel.CreateBounded<ReadBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ReadAsync(reader, file, request, run?.Position ?? 0, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var read in channel.Reader.ReadAllAsync(ct))
            {
                var decided = await DecideAsync(organisationId, request.Format, read.Records, store, authorities, ct);
                totals.Add(decided.Outcomes);
                if (writer is not null)
                    await writer.WriteAsync(decided.Batch, totals.Checkpoint(run!.Id, read.Records[^1].Record.Position), ct);
                foreach (var outcome in decided.Outcomes) await report.AddAsync(outcome, ct);
                progress?.Report(totals.Progress(read.BytesRead, file.Length));
            }
        }
        catch
        {
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await producer;
        if (run is not null)
        {
            await store.CompleteRunAsync(organisationId, run.Id, ct);
            await writer!.FinishAsync(totals.Created, ct);
        }
        progress?.Report(totals.Progress(file.Length, file.Length));
        return totals.Summary(request.DryRun, watch.Elapsed);
    }

    /// <summary>The reading side: records with their key and hash, in batches, and how far into the file the reader is.</summary>
    private async Task ReadAsync(ISourceReader reader, FileStream file, ImportRequest request, long skip, ChannelWriter<ReadBatch> output, CancellationToken ct)
    {
        try
        {
            var batch = new List<ReadRecord>(batchSize);
            await foreach (var record in reader.ReadAsync(file, request.FileName, skip, ct))
            {
                // Everything that needs no database (key, hash, the object's own rules) is done here, on the reading thread.
                batch.Add(new ReadRecord(record, RecordIdentity.Key(request.Format, record), RecordIdentity.Hash(record), OwnIssues(record)));
                if (batch.Count < batchSize) continue;
                await output.WriteAsync(new ReadBatch(batch, file.Position), ct);
                batch = new List<ReadRecord>(batchSize);
            }
            if (batch.Count > 0) await output.WriteAsync(new ReadBatch(batch, file.Position), ct);
            output.Complete();
        }
        catch (Exception ex)
        {
            output.TryComplete(ex);
        }
    }

    /// <summary>The reader's issues and the object's own rules, unless the reader already named an error in that field.</summary>
    private static List<SourceIssue> OwnIssues(SourceRecord record) =>
    [
        .. record.Issues,
        .. RecordMapper.Check(record.Object)
            .Where(c => !record.Issues.Any(r => r.Severity == IssueSeverity.Error && c.Field.StartsWith(r.Field, StringComparison.OrdinalIgnoreCase))),
    ];

    private sealed record ReadRecord(SourceRecord Record, string Key, string Hash, List<SourceIssue> Issues);

    private sealed record ReadBatch(List<ReadRecord> Records, long BytesRead);
}
