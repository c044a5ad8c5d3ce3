namespace Depot.Core.Movements;

/// <summary>The answer to "where was this object on date X", and what it rests on.</summary>
public sealed record LocationAt(long? LocationId, LocationAtBasis Basis, Movement? Movement);

public enum LocationAtBasis
{
    /// <summary>The last move on or before the date put it there.</summary>
    MovedThere,

    /// <summary>The date is before the first recorded move: it was where that move took it from.</summary>
    BeforeFirstMove,

    /// <summary>No moves are recorded: only the current location is known.</summary>
    NoMovements,
}

/// <summary>Reads an object's movement history.</summary>
public static class LocationHistory
{
    /// <summary>Where the object was at <paramref name="at"/>, from its moves (any order) and its current location.</summary>
    public static LocationAt At(IEnumerable<Movement> movements, long? currentLocationId, DateTimeOffset at)
    {
        var ordered = movements.Where(m => !m.IsDeleted).OrderBy(m => m.MovedAt).ThenBy(m => m.Id).ToList();
        if (ordered.Count == 0) return new LocationAt(currentLocationId, LocationAtBasis.NoMovements, null);
        var last = ordered.LastOrDefault(m => m.MovedAt <= at);
        return last is not null
            ? new LocationAt(last.ToLocationId, LocationAtBasis.MovedThere, last)
            : new LocationAt(ordered[0].FromLocationId, LocationAtBasis.BeforeFirstMove, ordered[0]);
    }
}
