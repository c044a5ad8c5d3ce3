namespace Depot.Core.Locations;

/// <summary>A storage location in an organisation's tree: building › room › cabinet › shelf.</summary>
public sealed class Location : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long? ParentId { get; set; }
    public LocationKind Kind { get; set; }

    /// <summary>Short code as written on the shelf label (e.g. <c>D1.K3.P2</c>).</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum LocationKind
{
    Building,
    Room,
    Cabinet,
    Shelf,
    Other,
}
