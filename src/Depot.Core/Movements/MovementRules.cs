namespace Depot.Core.Movements;

/// <summary>What a target location looks like to the rules: its organisation and whether it is deleted.</summary>
public sealed record LocationFacts(long Id, long OrganisationId, bool IsDeleted);

/// <summary>What an object looks like to the rules when it is about to move.</summary>
public sealed record ObjectFacts(long Id, long OrganisationId, bool IsDeleted, long? CurrentLocationId, DateTimeOffset? LastMovedAt);

/// <summary>The rules a move must keep; they need no database, so they are tested on their own.</summary>
public static class MovementRules
{
    /// <summary>How far ahead of the clock a move may be dated: the form's minutes and a slow clock, not a plan.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Throws a <see cref="DomainException"/> naming the first broken rule. A move may be dated in the
    /// past (registered afterwards), but not before the object's last move and not in the future
    /// (when <paramref name="now"/> is given).
    /// </summary>
    public static void Check(long organisationId, ObjectFacts item, LocationFacts? target, DateTimeOffset movedAt, DateTimeOffset? now = null)
    {
        if (now is { } clock && movedAt > clock + FutureTolerance)
            throw new DomainException("movement.date.future", "Een verplaatsing kan niet in de toekomst liggen. Kies een datum tot vandaag.",
                "A move cannot be dated in the future. Choose a date up to today.");
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
                $"Deze verplaatsing ligt vóór de laatste verplaatsing van het object ({Day(last, "nl-BE")}). Kies een datum op of na die verplaatsing.",
                $"This move is dated before the object's last move ({Day(last, "en-GB")}). Choose a date on or after that move.");
    }

    /// <summary>"24 november 2026 14:05", in Belgian time as the move form shows it.</summary>
    private static string Day(DateTimeOffset at, string culture)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var brussels) ? brussels : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo(culture));
    }
}
