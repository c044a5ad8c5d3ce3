namespace Depot.Core.Preservation;

/// <summary>
/// A resumable, chunked upload of one (possibly multi-GB) file: chunks are appended in order to a
/// temporary file outside the store; the client asks for <see cref="ReceivedBytes"/> to resume after
/// a broken connection. Only a complete upload whose checksum matches becomes a <see cref="DigitalFile"/>;
/// an abandoned one expires and its temporary bytes are removed.
/// </summary>
public sealed class UploadSession
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public long? ObjectId { get; set; }
    public string FileName { get; set; } = "";
    public long ExpectedLength { get; set; }

    /// <summary>Checksums the client announced (lower-case hex), verified when the last byte arrives; empty when none.</summary>
    public string ExpectedSha256 { get; set; } = "";
    public string ExpectedMd5 { get; set; } = "";
    public long ReceivedBytes { get; set; }
    public UploadState State { get; set; } = UploadState.Receiving;

    /// <summary>The ingested file once complete.</summary>
    public long? FileId { get; set; }
    public string Error { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

public enum UploadState
{
    Receiving,
    Completed,
    Failed,
    Expired,
}
