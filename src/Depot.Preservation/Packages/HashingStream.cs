namespace Depot.Preservation.Packages;

/// <summary>A write-only pass-through that hashes and counts what goes by, so a file is checksummed in the one pass that writes it.</summary>
internal sealed class HashingStream(Stream inner, IEnumerable<string> algorithms) : Stream
{
    private readonly Dictionary<string, IBagHash> hashes = algorithms.ToDictionary(a => a, BagAlgorithms.Create);

    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Written;
    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public Dictionary<string, string> Finish() => hashes.ToDictionary(h => h.Key, h => Convert.ToHexStringLower(h.Value.Finish()));

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Append(buffer);
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Append(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Append(ReadOnlySpan<byte> data)
    {
        foreach (var h in hashes.Values) h.Append(data);
        Written += data.Length;
    }
}
