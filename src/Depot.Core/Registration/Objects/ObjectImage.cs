namespace Depot.Core.Registration.Objects;

/// <summary>
/// An image of a collection object, kept under the data folder and shown on the object page, in
/// the portal and in IIIF manifests. The digital depot (ingest, fixity, formats) will take over
/// keeping the bytes; the object keeps this reference.
/// </summary>
public sealed class ObjectImage
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long ObjectId { get; set; }

    /// <summary>Order on the object (0 is the main image).</summary>
    public int Position { get; set; }
    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public long ByteLength { get; set; }

    /// <summary>The digital-depot file holding these bytes (fixity, formats, IIIF Image API); null for images from before the depot.</summary>
    public long? FileId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Path relative to the data folder's media root, never an absolute path.</summary>
    public string StoragePath { get; set; } = "";
    public string Caption { get; set; } = "";

    /// <summary>Images of a public object are public unless the registrar holds one back.</summary>
    public bool IsPublic { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
