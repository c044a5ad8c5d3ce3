namespace Depot.Preservation.Derivatives;

/// <summary>
/// Reads bytes already taken from a stream (to look at its header) followed by the rest of it, and
/// stops with <see cref="TooLongException"/> past a limit, so an upload is checked and passed on
/// in one streaming pass.
/// </summary>
internal sealed class HeadAndRestStream(ReadOnlyMemory<byte> head, Stream rest, long maxBytes) : Stream
{
    private long position;

    public sealed class TooLongException() : IOException("The content is longer than allowed.");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (position < head.Length)
        {
            read = Math.Min(buffer.Length, head.Length - (int)position);
            head.Span.Slice((int)position, read).CopyTo(buffer.Span);
        }
        else
            read = await rest.ReadAsync(buffer, cancellationToken);
        position += read;
        if (position > maxBytes) throw new TooLongException();
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
