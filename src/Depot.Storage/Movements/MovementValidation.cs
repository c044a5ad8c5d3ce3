using Depot.Core.Movements;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Movements;

/// <summary>A movement names an object and locations of its own organisation; the rules of a move are in <see cref="MovementRules"/>.</summary>
internal static class MovementValidation
{
    public static async Task ValidateAsync(DepotDbContext db, long organisationId, Movement m, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!await db.Objects.AnyAsync(o => o.OrganisationId == organisationId && o.Id == m.ObjectId, ct))
            errors.Add(new FieldError("objectId", "object.unknown", "Dit object bestaat niet in deze organisatie.", "This object does not exist in this organisation."));
        var locations = new[] { m.FromLocationId, m.ToLocationId }.OfType<long>().Distinct().ToList();
        var known = await db.Locations.Where(l => l.OrganisationId == organisationId && locations.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (locations.Except(known).Any())
            errors.Add(new FieldError("toLocationId", "location.unknown", "Kies een standplaats van deze organisatie.", "Choose a location of this organisation."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
