using Depot.Core.Registration.Objects;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Objects;

/// <summary>A collection object as clients send it (Basisregistratie fields; references are record ids).</summary>
public sealed record ObjectInput(
    string? ObjectNumber,
    long? ObjectNameId = null,
    IReadOnlyList<Title>? Titles = null,
    string? ShortDescription = null,
    int? NumberOfParts = null,
    IReadOnlyList<MakerCredit>? Makers = null,
    DatingDto? Dating = null,
    IReadOnlyList<long>? MaterialIds = null,
    IReadOnlyList<long>? TechniqueIds = null,
    IReadOnlyList<Dimension>? Dimensions = null,
    long? ConditionId = null,
    string? ConditionNote = null,
    Acquisition? Acquisition = null,
    long? CurrentLocationId = null,
    long? PermanentLocationId = null,
    IReadOnlyList<SubjectReference>? Subjects = null,
    IReadOnlyList<Inscription>? Inscriptions = null,
    Rights? Rights = null,
    PublicationStatus? PublicationStatus = null,
    int? Version = null) : IRecordInput;

/// <summary>A collection object as the API returns it.</summary>
public sealed record ObjectOutput(
    long Id,
    int Version,
    string ObjectNumber,
    long? ObjectNameId,
    IReadOnlyList<Title> Titles,
    string ShortDescription,
    int? NumberOfParts,
    IReadOnlyList<MakerCredit> Makers,
    DatingDto? Dating,
    IReadOnlyList<long> MaterialIds,
    IReadOnlyList<long> TechniqueIds,
    IReadOnlyList<Dimension> Dimensions,
    long? ConditionId,
    string ConditionNote,
    Acquisition? Acquisition,
    long? CurrentLocationId,
    long? PermanentLocationId,
    IReadOnlyList<SubjectReference> Subjects,
    IReadOnlyList<Inscription> Inscriptions,
    Rights Rights,
    PublicationStatus PublicationStatus,
    CollectionStatus CollectionStatus,
    bool HasImage,
    bool IsDeleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
