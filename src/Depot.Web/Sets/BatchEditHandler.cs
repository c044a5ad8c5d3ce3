using System.Globalization;
using Depot.Storage.Batch;
using Depot.Storage.Database;
using Depot.Storage.Jobs;

namespace Depot.Web.Sets;

/// <summary>Runs <c>batch.edit</c>: works through a batch edit chunk by chunk; a restarted job carries on where it stopped.</summary>
public sealed class BatchEditHandler(BatchEditRunner runner) : IJobHandler
{
    public string Kind => BatchEditStore.EditKind;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var batchId = DepotJson.Deserialize<BatchJobPayload>(job.Payload).BatchEditId;
        try
        {
            await runner.RunAsync(batchId, (done, total, c) => progress.ReportAsync(done, total, Message(done, total), c), ct);
        }
        catch (Exception) when (job.Attempts >= JobQueue.MaxAttempts && !ct.IsCancellationRequested)
        {
            // The queue gives up on this last attempt: say so on the batch too. Committed chunks stay (and can be undone).
            await runner.FailAsync(batchId, CancellationToken.None);
            throw;
        }
    }

    internal static string Message(long done, long total) => string.Create(CultureInfo.InvariantCulture, $"{done} / {total} objects");
}

/// <summary>Runs <c>batch.undo</c>: gives every object a batch changed its previous value back, as a new version.</summary>
public sealed class BatchUndoHandler(BatchEditRunner runner) : IJobHandler
{
    public string Kind => BatchEditStore.UndoKind;

    public Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct) =>
        runner.UndoAsync(DepotJson.Deserialize<BatchJobPayload>(job.Payload).BatchEditId,
            (done, total, c) => progress.ReportAsync(done, total, BatchEditHandler.Message(done, total), c), ct);
}
