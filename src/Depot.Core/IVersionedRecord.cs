namespace Depot.Core;

/// <summary>A tenant-owned record whose every change is kept as a version.</summary>
public interface IVersionedRecord
{
    long Id { get; set; }
    long OrganisationId { get; set; }
    int Version { get; set; }
    bool IsDeleted { get; set; }
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}
