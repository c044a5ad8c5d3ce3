using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Objects;

/// <summary>Collection objects: search, the shared record endpoints, history and restore.</summary>
public static class ObjectsApi
{
    public static readonly RecordApi<CollectionObject, ObjectInput, ObjectOutput> Descriptor = new()
    {
        Path = "objects",
        Name = "Object",
        PluralName = "Objects",
        Tag = "Objects",
        Type = RecordType.Object,
        ToRecord = ToRecord,
        ToOutput = ToOutput,
    };

    public static RouteGroupBuilder MapObjects(this RouteGroupBuilder org)
    {
        var group = org.MapRecords(Descriptor, withList: false);
        SearchObjects.Map(group);
        return group;
    }

    private static CollectionObject ToRecord(ObjectInput i, CollectionObject? stored) => new()
    {
        ObjectNumber = i.ObjectNumber?.Trim() ?? "",
        ObjectNameId = i.ObjectNameId,
        Titles = [.. i.Titles ?? []],
        ShortDescription = i.ShortDescription ?? "",
        NumberOfParts = i.NumberOfParts,
        Makers = [.. i.Makers ?? []],
        Dating = DatingDto.ToDomain(i.Dating, "dating"),
        MaterialIds = [.. i.MaterialIds ?? []],
        TechniqueIds = [.. i.TechniqueIds ?? []],
        Dimensions = [.. i.Dimensions ?? []],
        ConditionId = i.ConditionId,
        ConditionNote = i.ConditionNote ?? "",
        Acquisition = i.Acquisition,
        CurrentLocationId = stored is null ? i.CurrentLocationId : KeepLocation(i.CurrentLocationId, stored),
        PermanentLocationId = i.PermanentLocationId,
        Subjects = [.. i.Subjects ?? []],
        Inscriptions = [.. i.Inscriptions ?? []],
        Rights = i.Rights ?? Rights.None,
        PublicationStatus = i.PublicationStatus ?? stored?.PublicationStatus ?? PublicationStatus.Internal,
        // Set by the digital depot when a file is linked, never by the client.
        HasImage = stored?.HasImage ?? false,
    };

    /// <summary>
    /// After creation an object changes place only through a movement (which keeps the history of
    /// where it was); an update that names another location is refused, one that omits it keeps it.
    /// </summary>
    private static long? KeepLocation(long? requested, CollectionObject stored) =>
        requested is null || requested == stored.CurrentLocationId
            ? stored.CurrentLocationId
            : throw new ValidationFailedException([new FieldError("currentLocationId", "useMovement",
                "De huidige standplaats verandert alleen door een verplaatsing: POST …/movements met dit object.",
                "The current location changes only through a movement: POST …/movements with this object.")]);

    private static ObjectOutput ToOutput(CollectionObject o) => new(
        o.Id, o.Version, o.ObjectNumber, o.ObjectNameId, o.Titles, o.ShortDescription, o.NumberOfParts, o.Makers,
        DatingDto.From(o.Dating), o.MaterialIds, o.TechniqueIds, o.Dimensions, o.ConditionId, o.ConditionNote, o.Acquisition,
        o.CurrentLocationId, o.PermanentLocationId, o.Subjects, o.Inscriptions, o.Rights, o.PublicationStatus, o.CollectionStatus, o.HasImage,
        o.IsDeleted, o.CreatedAt, o.UpdatedAt, o.UpdatedBy);
}
