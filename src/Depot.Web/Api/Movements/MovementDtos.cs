using Depot.Core.Movements;

namespace Depot.Web.Api.Movements;

/// <summary>Move these objects to one location; <c>movedAt</c> defaults to now.</summary>
public sealed record MoveInput(List<long>? ObjectIds, long ToLocationId, MovementReason Reason = MovementReason.Storage,
    DateTimeOffset? MovedAt = null, string? Note = null, bool SetPermanent = false);

public sealed record MovementOutput(
    long Id, int Version, long ObjectId, long? FromLocationId, long ToLocationId, DateTimeOffset MovedAt, MovementReason Reason,
    string MovedBy, string Note, long? InventoryId, DateTimeOffset CreatedAt)
{
    public static MovementOutput From(Movement m) =>
        new(m.Id, m.Version, m.ObjectId, m.FromLocationId, m.ToLocationId, m.MovedAt, m.Reason, m.MovedBy, m.Note, m.InventoryId, m.CreatedAt);
}

/// <summary>The moves written, and the objects left alone because they already were at the target.</summary>
public sealed record MoveOutput(IReadOnlyList<MovementOutput> Movements, IReadOnlyList<long> AlreadyThere);

/// <summary>A large move accepted as a background job.</summary>
public sealed record MoveJobOutput(long JobId, string State, long Progress, long? Total, string Message, string Result);

public sealed record LocationOnOutput(long ObjectId, DateTimeOffset At, long? LocationId, LocationAtBasis Basis, long? MovementId);
