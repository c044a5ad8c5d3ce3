using Depot.Core;
using Depot.Core.Locations;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Locations;

public sealed record LocationInput(long? ParentId, LocationKind Kind, string? Code, string? Name, int? Version = null) : IRecordInput;

public sealed record LocationOutput(
    long Id, int Version, long? ParentId, LocationKind Kind, string Code, string Name,
    bool IsDeleted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>The storage location tree: building › room › cabinet › shelf.</summary>
public static class LocationsApi
{
    public static readonly RecordApi<Location, LocationInput, LocationOutput> Descriptor = new()
    {
        Path = "locations",
        Name = "Location",
        PluralName = "Locations",
        Tag = "Locations",
        Type = RecordType.Location,
        ToRecord = (i, _) => new Location { ParentId = i.ParentId, Kind = i.Kind, Code = i.Code?.Trim() ?? "", Name = i.Name?.Trim() ?? "" },
        ToOutput = l => new LocationOutput(l.Id, l.Version, l.ParentId, l.Kind, l.Code, l.Name, l.IsDeleted, l.CreatedAt, l.UpdatedAt, l.UpdatedBy),
    };

    public static RouteGroupBuilder MapLocations(this RouteGroupBuilder org) => org.MapRecords(Descriptor);
}
