using System.Diagnostics;
using System.Threading.Channels;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Storage.Bulk;

/// <summary>What a bulk load did: objects written, objects skipped because their number was taken, and how long it took.</summary>
public sealed record BulkLoadResult(long Loaded, long Skipped, TimeSpan Elapsed);

/// <summary>
/// Loads authorities and a stream of objects into one organisation fast, writing everything a
/// normal save writes: the object row with its sort and facet columns, the facet rows, the
/// full-text row and a version-1 history row ("bulk load"). Objects go in batches, each in one
/// transaction: a crash leaves whole batches or nothing, never half a record.
/// </summary>
/// <remarks>
/// An object whose number already exists in the organisation (or earlier in the same stream)
/// is skipped, not overwritten, and counted in <see cref="BulkLoadResult.Skipped"/>: loading the
/// same data twice is harmless. One thread prepares batches (JSON, sort keys, documents) while
/// another writes the previous one, so both cores work.
/// </remarks>
public sealed class BulkLoader(DepotDatabase database, TimeProvider clock)
{
    public const int DefaultBatchSize = 10_000;
    public const string Note = "bulk load";

    /// <summary>How many objects are prepared and handed to the writer at a time.</summary>
    internal const int ChunkSize = 1_000;

    public Task LoadAuthoritiesAsync(long organisationId, AuthoritySet authorities, Actor actor, CancellationToken ct) =>
        BulkAuthorities.LoadAsync(database, clock, organisationId, authorities, actor, ct);

    public async Task<BulkLoadResult> LoadObjectsAsync(long organisationId, IEnumerable<CollectionObject> objects, Actor actor,
        IProgress<long>? progress, CancellationToken ct, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var watch = Stopwatch.StartNew();
        var labels = await IndexLabels.LoadAsync(database, organisationId, ct);
        // Objects travel in small chunks so only a few thousand are in memory at once, while a
        // transaction (the unit that is atomic) spans a whole batch of chunks.
        var chunkSize = Math.Min(ChunkSize, batchSize);
        var channel = Channel.CreateBounded<List<PreparedObject>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => Produce(objects, organisationId, labels, chunkSize, channel.Writer, stop.Token), CancellationToken.None);

        long loaded = 0, seen = 0, loadedInBatch = 0, seenInBatch = 0;
        await using (var writer = await OpenWriterAsync(organisationId, actor, ct))
        {
            try
            {
                await foreach (var chunk in channel.Reader.ReadAllAsync(ct))
                {
                    if (seenInBatch == 0) writer.Begin(clock.GetUtcNow());
                    loadedInBatch += writer.Write(chunk, ct);
                    seenInBatch += chunk.Count;
                    if (seenInBatch < batchSize) continue;
                    writer.Commit();
                    (loaded, seen, loadedInBatch, seenInBatch) = (loaded + loadedInBatch, seen + seenInBatch, 0, 0);
                    progress?.Report(loaded);
                }
                if (seenInBatch > 0)
                {
                    writer.Commit();
                    (loaded, seen) = (loaded + loadedInBatch, seen + seenInBatch);
                    progress?.Report(loaded);
                }
            }
            catch
            {
                // The writer failed (its open transaction rolls back on dispose): stop the producer before leaving.
                await stop.CancelAsync();
                await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                throw;
            }
            await writer.FinishAsync(ct);
        }
        await producer;
        return new BulkLoadResult(loaded, seen - loaded, watch.Elapsed);
    }

    private async Task<IBulkObjectWriter> OpenWriterAsync(long organisationId, Actor actor, CancellationToken ct) =>
        database.Target.Engine == DatabaseEngine.Sqlite
            ? await SqliteObjectWriter.OpenAsync(database.Target.ConnectionString, organisationId, actor, ct)
            : await PostgresObjectWriter.OpenAsync(database.Target.ConnectionString, organisationId, actor, ct);

    private static void Produce(IEnumerable<CollectionObject> objects, long organisationId, IndexLabels labels, int batchSize,
        ChannelWriter<List<PreparedObject>> output, CancellationToken ct)
    {
        try
        {
            var batch = new List<PreparedObject>(batchSize);
            foreach (var o in objects)
            {
                batch.Add(PreparedObject.From(o, organisationId, labels));
                if (batch.Count < batchSize) continue;
                Send(output, batch, ct);
                batch = new List<PreparedObject>(batchSize);
            }
            if (batch.Count > 0) Send(output, batch, ct);
            output.Complete();
        }
        catch (Exception ex)
        {
            output.TryComplete(ex);
        }
    }

    private static void Send(ChannelWriter<List<PreparedObject>> output, List<PreparedObject> batch, CancellationToken ct)
    {
        // A dedicated producer thread may block: it has nothing else to do until the writer takes the batch.
        output.WriteAsync(batch, ct).AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>Writes prepared chunks to one engine inside a transaction per batch.</summary>
internal interface IBulkObjectWriter : IAsyncDisposable
{
    /// <summary>Opens the batch's transaction; <paramref name="now"/> is its objects' creation time.</summary>
    void Begin(DateTimeOffset now);

    /// <summary>Writes a chunk in the open transaction; returns how many objects were new (the others were skipped).</summary>
    int Write(IReadOnlyList<PreparedObject> chunk, CancellationToken ct);

    void Commit();

    /// <summary>Work after the last batch (keeping id sequences ahead, statistics).</summary>
    Task FinishAsync(CancellationToken ct);
}
