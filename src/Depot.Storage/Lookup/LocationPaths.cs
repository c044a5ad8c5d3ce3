using Depot.Core.Locations;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Lookup;

/// <summary>Full paths of storage locations ("Depot Noord › Zaal 2 › Kast 3 (D1.Z2.K3)"), loading only their ancestors.</summary>
public static class LocationPaths
{
    private const int MaxDepth = 10;

    public static async Task<Dictionary<long, string>> LoadAsync(DepotDbContext db, long organisationId, IReadOnlyCollection<Location> locations, CancellationToken ct)
    {
        var known = locations.ToDictionary(l => l.Id);
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var missing = known.Values.Where(l => l.ParentId is long p && !known.ContainsKey(p)).Select(l => l.ParentId!.Value).Distinct().ToList();
            if (missing.Count == 0) break;
            foreach (var parent in await db.Locations.Where(l => l.OrganisationId == organisationId && missing.Contains(l.Id)).ToListAsync(ct))
                known[parent.Id] = parent;
        }
        return locations.ToDictionary(l => l.Id, l => Path(l, known));
    }

    public static string Path(Location location, IReadOnlyDictionary<long, Location> known)
    {
        var names = new List<string>();
        for (var l = location; l is not null && names.Count < MaxDepth; l = l.ParentId is long p ? known.GetValueOrDefault(p) : null)
            names.Insert(0, l.Name);
        var path = string.Join(" › ", names);
        return location.Code.Length > 0 ? $"{path} ({location.Code})" : path;
    }
}
