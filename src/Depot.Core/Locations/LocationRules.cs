namespace Depot.Core.Locations;

/// <summary>The shape of the location tree: every parent is a location of the same organisation, and no location lies inside itself.</summary>
public static class LocationRules
{
    /// <summary>
    /// Whether giving <paramref name="locationId"/> the parent <paramref name="parentId"/> would put
    /// it inside itself. <paramref name="parentOf"/> gives a location's parent, or null for a top location.
    /// </summary>
    public static bool WouldCycle(long locationId, long? parentId, Func<long, long?> parentOf)
    {
        var seen = new HashSet<long>();
        for (var p = parentId; p is long id; p = parentOf(id))
        {
            if (id == locationId || !seen.Add(id)) return true;
        }
        return false;
    }

    /// <summary>The location and every location below it, from a list of (id, parent) pairs.</summary>
    public static IReadOnlySet<long> WithDescendants(long locationId, IEnumerable<(long Id, long? ParentId)> tree)
    {
        var children = tree.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!.Value, t => t.Id);
        var result = new HashSet<long> { locationId };
        var queue = new Queue<long>([locationId]);
        while (queue.Count > 0)
            foreach (var child in children[queue.Dequeue()])
                if (result.Add(child)) queue.Enqueue(child);
        return result;
    }
}
