using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Locations;

/// <summary>One object as a location list shows it.</summary>
public sealed record LocatedObject(long Id, string ObjectNumber, string Title, long? ObjectNameId, long? LocationId);

/// <summary>The objects whose current location is one of a set of locations, in object-number order.</summary>
public static class LocationObjects
{
    public static async Task<(IReadOnlyList<LocatedObject> Page, int Total)> PageAsync(DepotDatabase database, long organisationId,
        IReadOnlySet<long> locations, int skip, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var ids = locations.ToList();
        var query = db.Objects.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && o.CurrentLocationId != null && ids.Contains(o.CurrentLocationId.Value));
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(o => EF.Property<string>(o, DepotDbContext.ObjectColumns.SortKey)).Skip(skip).Take(take)
            .Select(o => new LocatedObject(o.Id, o.ObjectNumber, EF.Property<string>(o, DepotDbContext.ObjectColumns.Title) ?? "", o.ObjectNameId, o.CurrentLocationId))
            .ToListAsync(ct);
        return (page, total);
    }

    /// <summary>The objects with these ids (deleted ones too, flagged), in the order asked.</summary>
    public static async Task<IReadOnlyList<(LocatedObject Object, bool Deleted)>> FindAsync(DepotDatabase database, long organisationId,
        IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var rows = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && ids.Contains(o.Id))
            .Select(o => new { Object = new LocatedObject(o.Id, o.ObjectNumber, EF.Property<string>(o, DepotDbContext.ObjectColumns.Title) ?? "", o.ObjectNameId, o.CurrentLocationId), o.IsDeleted })
            .ToListAsync(ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows.OrderBy(r => order[r.Object.Id]).Select(r => (r.Object, r.IsDeleted)).ToList();
    }
}
