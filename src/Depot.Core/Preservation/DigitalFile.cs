namespace Depot.Core.Preservation;

/// <summary>
/// One file an organisation keeps in the digital depot: a photograph of an object, a scan, a
/// born-digital document. The bytes live once per content (<see cref="StoredContent"/>, under their
/// SHA-256) on every replica store; this row is the organisation's record of them: name, format,
/// embedded metadata, the object it belongs to, and its life (ingest, deletion, purge). The original
/// is never modified; derivatives (thumbnail, web size, tiled pyramid) are made beside it.
/// </summary>
public sealed class DigitalFile
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }

    /// <summary>The collection object the file shows or documents; none for files not (yet) linked.</summary>
    public long? ObjectId { get; set; }

    /// <summary>The name the file came with, without folders; for screens and packages, never a storage path.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Where it sat in the ingested folder or package (forward slashes, relative), or empty.</summary>
    public string OriginalPath { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the bytes: the content's address.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Lower-case hex MD5, computed in the same pass, for exchange with systems that ask for it.</summary>
    public string Md5 { get; set; } = "";
    public long ByteLength { get; set; }

    /// <summary>IANA media type, e.g. <c>image/tiff</c>; <c>application/octet-stream</c> when unknown.</summary>
    public string MediaType { get; set; } = "application/octet-stream";

    /// <summary>PRONOM unique identifier (<c>fmt/353</c>, <c>x-fmt/392</c>), empty when not identified.</summary>
    public string FormatPuid { get; set; } = "";
    public string FormatName { get; set; } = "";
    public string FormatVersion { get; set; } = "";

    /// <summary>How the format was found: <c>signature</c>, <c>container</c>, <c>extension</c>, or why not (<c>none</c>), with the signature file's version.</summary>
    public string IdentificationBasis { get; set; } = "";

    /// <summary>Embedded metadata (EXIF, IPTC, XMP, …) as JSON: <c>{"Exif IFD0": {"Make": "…"}, …}</c>.</summary>
    public string EmbeddedMetadata { get; set; } = "{}";
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>Colour space as read from the file (<c>sRGB</c>, <c>Adobe RGB</c>, <c>Grey</c>, <c>CMYK</c>), or empty.</summary>
    public string ColourSpace { get; set; } = "";

    public DerivativeState Derivatives { get; set; } = DerivativeState.NotApplicable;

    /// <summary>Why no derivatives could be made (shown to the registrar), or empty.</summary>
    public string DerivativeError { get; set; } = "";

    public string Caption { get; set; } = "";
    public DateTimeOffset IngestedAt { get; set; }
    public string IngestedBy { get; set; } = "";

    /// <summary>Set when an organisation admin deleted it: from then on it is hidden, and the bytes wait until <see cref="PurgeAfter"/>.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    public string DeletedBy { get; set; } = "";
    public string DeletionReason { get; set; } = "";
    public DateTimeOffset? PurgeAfter { get; set; }

    /// <summary>When the grace period ended and the bytes were removed (if no other file shares them).</summary>
    public DateTimeOffset? PurgedAt { get; set; }

    public bool IsDeleted => DeletedAt is not null;
}

/// <summary>Where a file's derivatives (thumbnail, web size, tiled pyramid for IIIF) stand.</summary>
public enum DerivativeState
{
    /// <summary>Not an image libvips is asked to read (a PDF, a WAV, a text).</summary>
    NotApplicable,
    Pending,
    Ready,

    /// <summary>libvips could not read it; the file is kept and identified, <see cref="DigitalFile.DerivativeError"/> says why.</summary>
    Failed,
}
