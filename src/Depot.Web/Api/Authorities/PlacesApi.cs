using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Authorities;

public sealed record PlaceInput(
    string? Name, long? BroaderId, double? Latitude, double? Longitude, IReadOnlyList<ExternalId>? ExternalIds,
    int? Version = null) : IRecordInput;

public sealed record PlaceOutput(
    long Id, int Version, string Name, long? BroaderId, double? Latitude, double? Longitude, IReadOnlyList<ExternalId> ExternalIds,
    bool IsDeleted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>Geographic places: where objects were made, found or depict.</summary>
public static class PlacesApi
{
    public static readonly RecordApi<Place, PlaceInput, PlaceOutput> Descriptor = new()
    {
        Path = "places",
        Name = "Place",
        PluralName = "Places",
        Tag = "Authorities",
        Type = RecordType.Place,
        ToRecord = (i, _) => new Place
        {
            Name = i.Name?.Trim() ?? "",
            BroaderId = i.BroaderId,
            Latitude = i.Latitude,
            Longitude = i.Longitude,
            ExternalIds = [.. i.ExternalIds ?? []],
        },
        ToOutput = p => new PlaceOutput(
            p.Id, p.Version, p.Name, p.BroaderId, p.Latitude, p.Longitude, p.ExternalIds,
            p.IsDeleted, p.CreatedAt, p.UpdatedAt, p.UpdatedBy),
    };
}
