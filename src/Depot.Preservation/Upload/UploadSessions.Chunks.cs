using System.Text.Json;
using Depot.Core.Preservation;
using Depot.Preservation.Ingest;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Upload;

/// <summary>What became of one chunk: appended (and maybe the upload complete), or why not.</summary>
public enum ChunkOutcome
{
    Appended,
    NotFound,

    /// <summary>The chunk starts elsewhere than the bytes received so far: the client resumes from <see cref="ChunkResult.Received"/>.</summary>
    WrongOffset,

    /// <summary>More bytes than the length announced at the start; the chunk is dropped whole.</summary>
    TooLong,

    /// <summary>The session is completed, failed or expired.</summary>
    Closed,

    /// <summary>The connection broke mid-chunk; the bytes that did arrive are kept and the client resumes after them.</summary>
    Interrupted,
}

public sealed record ChunkResult(ChunkOutcome Outcome, UploadSession? Session, long Received);

public sealed partial class UploadSessions
{
    private const int BufferBytes = 128 * 1024;

    /// <summary>
    /// Appends <paramref name="body"/> at <paramref name="offset"/>, streaming it to the temporary file.
    /// Bytes past the last recorded offset (left by a crash mid-write) are cut off first, so the file
    /// always holds exactly the bytes the row says were received.
    /// </summary>
    public async Task<ChunkResult> AppendAsync(long organisationId, Guid id, long offset, Stream body, CancellationToken ct)
    {
        var gate = Gate(id);
        await gate.WaitAsync(ct);
        try
        {
            var session = await FindAsync(organisationId, id, ct);
            if (session is null) return new(ChunkOutcome.NotFound, null, 0);
            if (session.State != UploadState.Receiving) return new(ChunkOutcome.Closed, session, session.ReceivedBytes);
            if (offset != session.ReceivedBytes) return new(ChunkOutcome.WrongOffset, session, session.ReceivedBytes);

            var remaining = session.ExpectedLength - offset;
            long written = 0;
            var interrupted = false;
            await using (var file = new FileStream(UploadFolder.FileOf(paths, id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, BufferBytes, FileOptions.Asynchronous))
            {
                file.SetLength(offset);
                file.Position = offset;
                var buffer = new byte[BufferBytes];
                try
                {
                    int read;
                    while ((read = await body.ReadAsync(buffer, ct)) > 0)
                    {
                        if (written + read > remaining)
                        {
                            file.SetLength(offset);
                            return new(ChunkOutcome.TooLong, session, offset);
                        }
                        await file.WriteAsync(buffer.AsMemory(0, read), ct);
                        written += read;
                    }
                }
                catch (Exception e) when (e is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException)
                {
                    // The client went away: keep what arrived (TCP delivered it intact) so it resumes from there.
                    interrupted = true;
                }
                await file.FlushAsync(CancellationToken.None);
            }
            await using var db = database.CreateContext();
            await db.UploadSessions.Where(u => u.Id == id && u.ReceivedBytes == offset)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReceivedBytes, offset + written), CancellationToken.None);
            session.ReceivedBytes = offset + written;
            return new(interrupted ? ChunkOutcome.Interrupted : ChunkOutcome.Appended, session, session.ReceivedBytes);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Hands a fully received upload to ingest, once: the session becomes Completed with the file, or
    /// Failed with the refusal (a checksum mismatch, …), and the temporary bytes go either way. A crash
    /// during ingest leaves the session receiving with all its bytes, so the client's retry completes it.
    /// </summary>
    public async Task<(UploadSession? Session, IngestResult? Result)> CompleteAsync(long organisationId, Guid id, IFileIngest ingest, Actor actor, CancellationToken ct)
    {
        var gate = Gate(id);
        await gate.WaitAsync(ct);
        try
        {
            var session = await FindAsync(organisationId, id, ct);
            if (session is null || session.State != UploadState.Receiving || session.ReceivedBytes != session.ExpectedLength) return (session, null);
            IngestResult result;
            await using (var content = new FileStream(UploadFolder.FileOf(paths, id), FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                if (content.Length != session.ExpectedLength)
                    throw new InvalidOperationException($"Upload {id} holds {content.Length} bytes but recorded {session.ExpectedLength}.");
                var request = new IngestRequest(session.FileName, session.ObjectId, null,
                    NullIfEmpty(session.ExpectedSha256), NullIfEmpty(session.ExpectedMd5));
                result = await ingest.IngestAsync(organisationId, request, content, actor, ct);
            }
            await using var db = database.CreateContext();
            var state = result.File is { } file ? UploadState.Completed : UploadState.Failed;
            var error = result.Refusal is { } refusal ? JsonSerializer.Serialize(refusal) : "";
            await db.UploadSessions.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.State, state)
                .SetProperty(u => u.FileId, result.File == null ? null : result.File.Id)
                .SetProperty(u => u.Error, error.Length > 1000 ? error[..1000] : error), CancellationToken.None);
            UploadFolder.Remove(paths, id);
            session.State = state;
            session.FileId = result.File?.Id;
            session.Error = error;
            return (session, result);
        }
        finally
        {
            gate.Release();
            locks.TryRemove(id, out _);
        }
    }

    /// <summary>The refusal a failed session recorded, for a client that asks after the fact.</summary>
    public static IngestRefusal? RefusalOf(UploadSession session)
    {
        if (session.Error.Length == 0) return null;
        try
        {
            return JsonSerializer.Deserialize<IngestRefusal>(session.Error);
        }
        catch (JsonException)
        {
            return new IngestRefusal("error", session.Error, session.Error);
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
