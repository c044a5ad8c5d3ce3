using Depot.Core.Locations;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Locations;

/// <summary>An organisation's locations as a tree, with the number of objects on each; loaded per request.</summary>
public sealed class LocationTree
{
    private readonly Dictionary<long, Location> _byId;
    private readonly ILookup<long?, Location> _children;
    private readonly Dictionary<long, int> _counts;

    private LocationTree(List<Location> locations, Dictionary<long, int> counts)
    {
        _byId = locations.ToDictionary(l => l.Id);
        _children = locations.OrderBy(l => l.Code, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .ToLookup(l => l.ParentId is long p && _byId.ContainsKey(p) ? p : (long?)null);
        _counts = counts;
    }

    /// <summary>
    /// The tree; with <paramref name="withCounts"/> also the objects per location, a scan of the
    /// organisation's objects that only the tree page needs (not every object page).
    /// </summary>
    public static async Task<LocationTree> LoadAsync(DepotDatabase database, long organisationId, CancellationToken ct, bool withCounts = false)
    {
        await using var db = database.CreateContext();
        var locations = await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId && !l.IsDeleted).ToListAsync(ct);
        if (!withCounts) return new LocationTree(locations, []);
        var counts = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && !o.IsDeleted && o.CurrentLocationId != null)
            .GroupBy(o => o.CurrentLocationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new LocationTree(locations, counts);
    }

    public int Count => _byId.Count;

    public IEnumerable<Location> Roots => _children[null];

    public IEnumerable<Location> ChildrenOf(long id) => _children[id];

    public Location? Find(long? id) => id is long v ? _byId.GetValueOrDefault(v) : null;

    public int ObjectsOn(long id) => _counts.GetValueOrDefault(id);

    /// <summary>Objects on the location and everything below it.</summary>
    public int ObjectsWithin(long id) => Within(id).Sum(ObjectsOn);

    public IReadOnlySet<long> Within(long id) => LocationRules.WithDescendants(id, _byId.Values.Select(l => (l.Id, l.ParentId)));

    /// <summary>From the top of the tree down to the location.</summary>
    public IReadOnlyList<Location> PathTo(long id)
    {
        var path = new List<Location>();
        for (var l = Find(id); l is not null && path.Count < 20; l = Find(l.ParentId)) path.Insert(0, l);
        return path;
    }

    /// <summary>"Depot Noord › Zaal 1 › Kast 3 (DN.Z1.K3)".</summary>
    public string Label(long? id)
    {
        if (Find(id) is not { } l) return "";
        var path = string.Join(" › ", PathTo(l.Id).Select(p => p.Name));
        return l.Code.Length > 0 ? $"{path} ({l.Code})" : path;
    }

    /// <summary>Every location as a choice, in tree order; <paramref name="except"/> and what lies below it are left out (a parent picker).</summary>
    public IReadOnlyList<(long Id, string Label)> Options(long? except = null)
    {
        var skip = except is long e ? Within(e) : new HashSet<long>();
        var result = new List<(long, string)>();
        void Walk(IEnumerable<Location> level)
        {
            foreach (var l in level.Where(l => !skip.Contains(l.Id)))
            {
                result.Add((l.Id, Label(l.Id)));
                Walk(ChildrenOf(l.Id));
            }
        }
        Walk(Roots);
        return result;
    }
}
