using Depot.Core.Preservation;
using Depot.Preservation.Ingest;

namespace Depot.Web.Api.DigitalDepot;

/// <param name="FileName">The file's name.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Sha256">Optional SHA-256 (hex), verified when the last byte arrives.</param>
/// <param name="Md5">Optional MD5 (hex), verified likewise.</param>
/// <param name="ObjectId">Optional object to link the file to.</param>
/// <param name="ObjectNumber">Optional object number to link to (when no objectId); else the number is looked for in the file name.</param>
public sealed record UploadStartInput(string? FileName, long Length, string? Sha256, string? Md5, long? ObjectId, string? ObjectNumber);

/// <summary>A resumable upload: how far it got, and the file once it is complete.</summary>
public sealed record UploadOutput(Guid Id, string FileName, long Length, long Received, string State, long? ObjectId, long? FileId,
    string UploadUrl, string? FileUrl, bool Duplicate, RefusalOutput? Refusal)
{
    public static UploadOutput From(UploadSession s, string slug, bool duplicate = false, IngestRefusal? refusal = null, bool english = false) => new(
        s.Id, s.FileName, s.ExpectedLength, s.ReceivedBytes, s.State.ToString(), s.ObjectId, s.FileId,
        $"/api/v1/organisations/{slug}/uploads/{s.Id}",
        s.FileId is long id ? $"/api/v1/organisations/{slug}/files/{id}" : null, duplicate,
        refusal is null ? null : new RefusalOutput(refusal.Code, english ? refusal.MessageEn : refusal.MessageNl));
}

public sealed record RefusalOutput(string Code, string Message);

/// <summary>A depot file as the API shows it.</summary>
public sealed record FileOutput(long Id, string FileName, long? ObjectId, string? ObjectNumber, long Length, string Sha256, string? Md5,
    string MediaType, string FormatPuid, string FormatName, string FormatVersion, string IdentificationBasis, int? Width, int? Height,
    string ColourSpace, string Derivatives, string DerivativeError, DateTimeOffset IngestedAt, string IngestedBy, bool Deleted, string ContentUrl)
{
    public static FileOutput From(DigitalFile f, string? objectNumber, string slug) => new(
        f.Id, f.FileName, f.ObjectId, objectNumber, f.ByteLength, f.Sha256, f.Md5.Length > 0 ? f.Md5 : null, f.MediaType, f.FormatPuid, f.FormatName, f.FormatVersion,
        f.IdentificationBasis, f.Width, f.Height, f.ColourSpace, f.Derivatives.ToString(), f.DerivativeError, f.IngestedAt, f.IngestedBy,
        f.IsDeleted, $"/api/v1/organisations/{slug}/files/{f.Id}/content");
}

public sealed record FileListOutput(IReadOnlyList<FileOutput> Items, int Total, int Page, int PageSize);

/// <summary>One file of a one-shot upload: the file, or why it was refused.</summary>
public sealed record FileUploadOutput(string FileName, FileOutput? File, bool Duplicate, RefusalOutput? Refusal);
