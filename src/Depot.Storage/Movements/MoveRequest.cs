using Depot.Core.Movements;

namespace Depot.Storage.Movements;

/// <summary>Move these objects to one location. <paramref name="MovedAt"/> null means now.</summary>
public sealed record MoveRequest(
    IReadOnlyCollection<long> ObjectIds,
    long ToLocationId,
    MovementReason Reason,
    DateTimeOffset? MovedAt = null,
    string Note = "",
    bool SetPermanent = false,
    long? InventoryId = null);

/// <summary>What a move did: the movements written, and the objects left alone because they already were there.</summary>
public sealed record MoveOutcome(IReadOnlyList<Movement> Movements, IReadOnlyList<long> AlreadyThere);
