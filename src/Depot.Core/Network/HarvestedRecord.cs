namespace Depot.Core.Network;

/// <summary>
/// Provenance of a harvested object: which source it came from and as which record there. An object
/// with this row is read-only in Depot — the source is the truth — and only the harvester changes or
/// withdraws it. The record page and the linked data show source, identifier, version and time.
/// </summary>
public sealed class HarvestedRecord
{
    public const int IdentifierMaxLength = 1000;

    public long ObjectId { get; set; }
    public long OrganisationId { get; set; }
    public long SourceId { get; set; }

    /// <summary>The record's id at the source: the LDES member's <c>isVersionOf</c> entity, the OAI identifier, the LIDO record id or CSV key.</summary>
    public string SourceIdentifier { get; set; } = "";

    /// <summary>The source's version of it: the LDES member id, the OAI datestamp, or a content hash when the source has none.</summary>
    public string SourceVersion { get; set; } = "";

    /// <summary>First 16 bytes of SHA-256 of the mapped record, hex: an unchanged record is not written again.</summary>
    public string ContentHash { get; set; } = "";
    public DateTimeOffset FirstHarvestedAt { get; set; }
    public DateTimeOffset HarvestedAt { get; set; }

    /// <summary>The source withdrew it (LDES delete member, OAI <c>status="deleted"</c>, gone from the file): the object is deleted in Depot.</summary>
    public bool Withdrawn { get; set; }
}
