using System.Security.Cryptography;

namespace Depot.Preservation.Hashing;

/// <summary>
/// Reads a stream once and, from the same buffers, computes SHA-256 and MD5 on two threads of their
/// own while a third task writes the bytes to a destination: a ring of a few large buffers keeps
/// memory flat whatever the size. On this machine MD5 (about 0.6 GB/s) is slower than SHA-256 with
/// SHA-NI (about 1.1 GB/s), so with MD5 the pass runs at MD5's speed: the ingest asks for MD5 only
/// to verify a client's (<c>md5: false</c> otherwise) and leaves the rest to <see cref="Md5Backfill"/>.
/// </summary>
internal static class HashingCopy
{
    public const int BufferBytes = 1 << 20;
    private const int Buffers = 6;

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> (when given) while hashing it.
    /// Throws <see cref="ContentTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    public static async Task<ContentDigest> CopyAsync(Stream source, Stream? destination, long maxBytes, CancellationToken ct, bool md5 = true)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ring = new Ring(md5 ? 2 : 1, destination is null ? 0 : 1);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var md = md5 ? IncrementalHash.CreateHash(HashAlgorithmName.MD5) : null;
        var consumers = new List<Task>
        {
            Task.Factory.StartNew(() => ring.Consume(0, s => sha.AppendData(s), failed.Token), failed.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default),
        };
        if (md is not null)
            consumers.Add(Task.Factory.StartNew(() => ring.Consume(1, s => md.AppendData(s), failed.Token), failed.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        if (destination is not null)
            consumers.Add(ring.ConsumeAsync(ring.HashConsumers, destination, failed.Token));
        // A consumer that fails (disk full) stops the reader and the other consumers, which would otherwise wait for it for ever.
        foreach (var consumer in consumers)
            _ = consumer.ContinueWith(_ => Stop(failed), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        var all = Task.WhenAll(consumers);
        long total = 0;
        try
        {
            while (true)
            {
                await ring.Free.WaitAsync(failed.Token);
                var slot = ring.NextToFill();
                var length = await FillAsync(source, ring.Data[slot], failed.Token);
                total += length;
                if (total > maxBytes) throw new ContentTooLargeException(maxBytes);
                ring.Publish(slot, length);
                if (length == 0) break;
            }
        }
        catch (Exception readerError)
        {
            await failed.CancelAsync();
            await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // The reader stopped because a consumer failed (disk full): that failure is the one to report.
            if (readerError is OperationCanceledException && !ct.IsCancellationRequested
                && all.Exception?.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } consumerError)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(consumerError);
            throw;
        }
        await all;
        if (destination is not null) await destination.FlushAsync(ct);
        return new ContentDigest(Convert.ToHexStringLower(sha.GetHashAndReset()), md is null ? "" : Convert.ToHexStringLower(md.GetHashAndReset()), total);
    }

    private static void Stop(CancellationTokenSource failed)
    {
        try
        {
            failed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The copy had already ended.
        }
    }

    /// <summary>Network streams hand over a few kilobytes at a time; a buffer is filled before it is passed on.</summary>
    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var n = await source.ReadAsync(buffer.AsMemory(filled), ct);
            if (n == 0) break;
            filled += n;
        }
        return filled;
    }

    /// <summary>Fixed buffers passed round: the reader fills one, every consumer takes it in turn, the last one frees it.</summary>
    private sealed class Ring
    {
        private readonly SemaphoreSlim[] ready;
        private readonly int[] pending = new int[Buffers];
        private readonly int[] lengths = new int[Buffers];
        private int fill;

        public Ring(int hashConsumers, int writers)
        {
            HashConsumers = hashConsumers;
            ready = [.. Enumerable.Range(0, hashConsumers + writers).Select(_ => new SemaphoreSlim(0))];
        }

        public int HashConsumers { get; }
        public byte[][] Data { get; } = [.. Enumerable.Range(0, Buffers).Select(_ => GC.AllocateUninitializedArray<byte>(BufferBytes))];
        public SemaphoreSlim Free { get; } = new(Buffers);

        public int NextToFill() => fill++ % Buffers;

        public void Publish(int slot, int length)
        {
            lengths[slot] = length;
            pending[slot] = ready.Length;
            foreach (var r in ready) r.Release();
        }

        public void Consume(int consumer, Action<ReadOnlySpan<byte>> take, CancellationToken ct)
        {
            for (var i = 0; ; i++)
            {
                ready[consumer].Wait(ct);
                var slot = i % Buffers;
                var length = lengths[slot];
                if (length > 0) take(Data[slot].AsSpan(0, length));
                Done(slot);
                if (length == 0) return;
            }
        }

        public async Task ConsumeAsync(int consumer, Stream destination, CancellationToken ct)
        {
            for (var i = 0; ; i++)
            {
                await ready[consumer].WaitAsync(ct);
                var slot = i % Buffers;
                var length = lengths[slot];
                if (length > 0) await destination.WriteAsync(Data[slot].AsMemory(0, length), ct);
                Done(slot);
                if (length == 0) return;
            }
        }

        private void Done(int slot)
        {
            if (Interlocked.Decrement(ref pending[slot]) == 0) Free.Release();
        }
    }
}

/// <summary>The content went past the size limit; nothing of it is kept.</summary>
internal sealed class ContentTooLargeException(long maxBytes) : Exception($"The content is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
