namespace Depot.Core.Movements;

/// <summary>What a target location looks like to the rules: its organisation and whether it is deleted.</summary>
public sealed record LocationFacts(long Id, long OrganisationId, bool IsDeleted);

/// <summary>What an object looks like to the rules when it is about to move.</summary>
public sealed record ObjectFacts(long Id, long OrganisationId, bool IsDeleted, long? CurrentLocationId, DateTimeOffset? LastMovedAt);

/// <summary>The rules a move must keep; they need no database, so they are tested on their own.</summary>
public static class MovementRules
{
    /// <summary>Throws a <see cref="DomainException"/> naming the first broken rule.</summary>
    public static void Check(long organisationId, ObjectFacts item, LocationFacts? target, DateTimeOffset movedAt)
    {
        if (item.OrganisationId != organisationId)
            throw new DomainException("movement.object.unknown", "Dit object bestaat niet in deze organisatie.",
                "This object does not exist in this organisation.");
        if (item.IsDeleted)
            throw new DomainException("movement.object.deleted", "Een verwijderd object kan niet verplaatst worden. Zet het eerst terug.",
                "A deleted object cannot be moved. Undelete it first.");
        if (target is null || target.OrganisationId != organisationId || target.IsDeleted)
            throw new DomainException("movement.location.unknown", "Kies een standplaats van deze organisatie.",
                "Choose a location of this organisation.");
        if (item.CurrentLocationId == target.Id)
            throw new DomainException("movement.location.same", "Het object staat al op deze standplaats.",
                "The object is already at this location.");
        if (item.LastMovedAt is { } last && movedAt < last)
            throw new DomainException("movement.date.beforeLast",
                "Deze verplaatsing ligt vóór de laatste verplaatsing van het object. Registreer verplaatsingen in volgorde.",
                "This move is dated before the object's last move. Register moves in order.");
    }
}
