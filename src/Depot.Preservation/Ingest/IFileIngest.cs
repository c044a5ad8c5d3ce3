using Depot.Core.Preservation;
using Depot.Storage.Records;

namespace Depot.Preservation.Ingest;

/// <summary>
/// Takes one file into the depot: streams it to a temporary file while computing SHA-256 in the same
/// pass (MD5 too when the client sent one; else a background job adds it), verifies a client's checksum, recognises a duplicate within the organisation,
/// identifies the format, reads embedded metadata, writes every replica, and records the file with
/// its PREMIS events in one transaction. A refused or broken ingest leaves nothing behind.
/// </summary>
public interface IFileIngest
{
    Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct);
}

/// <param name="FileName">The name the file came with (folders are dropped).</param>
/// <param name="ObjectId">Link to this object of the organisation.</param>
/// <param name="ObjectNumber">Or link to the object with this number; when both are null, the number is looked for in the file name.</param>
/// <param name="ExpectedSha256">Checksum the client announced; a mismatch refuses the file.</param>
/// <param name="ExpectedMd5">Same, as MD5.</param>
/// <param name="OriginalPath">Where the file sat in the source folder or package.</param>
/// <param name="Caption">Shown with the file.</param>
public sealed record IngestRequest(
    string FileName,
    long? ObjectId = null,
    string? ObjectNumber = null,
    string? ExpectedSha256 = null,
    string? ExpectedMd5 = null,
    string OriginalPath = "",
    string Caption = "");

/// <summary>The new (or, for bytes the organisation already has, the existing) file, or why none was made.</summary>
public sealed record IngestResult(DigitalFile? File, bool Duplicate, IngestRefusal? Refusal)
{
    public static IngestResult Refused(IngestRefusal refusal) => new(null, false, refusal);
}

/// <summary>Why a file was not ingested, in Dutch and English, with what to do about it.</summary>
public sealed record IngestRefusal(string Code, string MessageNl, string MessageEn);
