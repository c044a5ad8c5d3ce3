namespace Depot.Core.Registration.Authorities;

/// <summary>A geographic place (Antwerpen, Vlaanderen), with an optional broader place.</summary>
public sealed class Place : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public long? BroaderId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<ExternalId> ExternalIds { get; set; } = [];

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
