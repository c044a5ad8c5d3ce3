namespace Depot.Interchange.Sources;

/// <summary>
/// A read-only view of a stream that counts the bytes read through it, so a reader can report
/// progress ("312 MB of 2 GB") on a stream that cannot tell its position (an upload, a pipe).
/// The count runs ahead of the record being mapped by the parser's buffer (a few KB).
/// </summary>
public sealed class CountingStream(Stream inner, bool leaveOpen = true) : Stream
{
    private long bytesRead;

    /// <summary>Bytes read so far; safe to read from another thread.</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>The inner stream's length when it knows it, else null.</summary>
    public long? KnownLength => inner.CanSeek ? inner.Length : null;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        Interlocked.Add(ref bytesRead, read);
        return read;
    }
}
