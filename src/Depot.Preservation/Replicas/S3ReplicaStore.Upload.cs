using Amazon.S3.Model;

namespace Depot.Preservation.Replicas;

/// <summary>Uploads: one PUT for small contents, multipart for large ones, always from the stream (memory stays flat).</summary>
internal sealed partial class S3ReplicaStore
{
    private async Task UploadAsync(string sha256, Stream content, long length, CancellationToken ct)
    {
        var key = KeyOf(sha256);
        if (length <= MultipartThreshold)
        {
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = new Window(content, length),
                AutoCloseStream = false,
                UseChunkEncoding = false,
                ContentType = "application/octet-stream",
            }, ct);
            return;
        }
        var upload = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key }, ct);
        try
        {
            var parts = new List<PartETag>();
            for (var (number, offset) = (1, 0L); offset < length; number++, offset += PartBytes)
            {
                var size = Math.Min(PartBytes, length - offset);
                var part = await client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = upload.UploadId,
                    PartNumber = number,
                    PartSize = size,
                    InputStream = new Window(content, size),
                    UseChunkEncoding = false,
                }, ct);
                parts.Add(new PartETag(number, part.ETag));
            }
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = bucket,
                Key = key,
                UploadId = upload.UploadId,
                PartETags = parts,
            }, ct);
        }
        catch
        {
            // An incomplete upload is never visible as an object; aborting frees its parts on the server.
            await client.AbortMultipartUploadAsync(bucket, key, upload.UploadId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The next <c>length</c> bytes of the source as a stream of their own. The SDK signs the payload
    /// (a hash over the body) before sending it, so it reads the window, seeks back and reads it again;
    /// a seekable source (the ingest's temporary file) allows that, other sources are read once.
    /// </summary>
    private sealed class Window(Stream source, long length) : Stream
    {
        private readonly long start = source.CanSeek ? source.Position : 0;
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => source.CanSeek;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => position;
            set
            {
                if (!source.CanSeek) throw new NotSupportedException();
                ArgumentOutOfRangeException.ThrowIfNegative(value);
                position = Math.Min(value, length);
                source.Position = start + position;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = source.Read(buffer[..(int)Math.Min(buffer.Length, length - position)]);
            position += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await source.ReadAsync(buffer[..(int)Math.Min(buffer.Length, length - position)], cancellationToken);
            position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin)
        {
            Position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => position + offset,
                SeekOrigin.End => length + offset,
                _ => throw new ArgumentOutOfRangeException(nameof(origin)),
            };
            return position;
        }

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The object's body; disposing it closes the HTTP response.</summary>
    private sealed class ResponseStream(GetObjectResponse response) : Stream
    {
        private readonly Stream body = response.ResponseStream;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => response.ContentLength;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => body.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => body.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => body.ReadAsync(buffer, offset, count, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) response.Dispose();
            base.Dispose(disposing);
        }
    }
}
