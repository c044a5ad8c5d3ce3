using Depot.Core.Inventories;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Inventories;

internal static class InventoryValidation
{
    public static async Task ValidateAsync(DepotDbContext db, long organisationId, Inventory i, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(i.Name))
            errors.Add(new FieldError("name", "name.required", "Geef de inventarisatie een naam.", "Give the inventory a name."));
        if (i.LocationId is long location &&
            !await db.Locations.AnyAsync(l => l.Id == location && l.OrganisationId == organisationId && !l.IsDeleted, ct))
            errors.Add(new FieldError("locationId", "location.unknown", "Kies een standplaats van deze organisatie.", "Choose a location of this organisation."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
