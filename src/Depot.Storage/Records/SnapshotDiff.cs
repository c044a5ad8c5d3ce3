using System.Text.Json.Nodes;

namespace Depot.Storage.Records;

/// <summary>Names the top-level fields that differ between two JSON snapshots of a record.</summary>
public static class SnapshotDiff
{
    private static readonly HashSet<string> Bookkeeping = ["version", "updatedAt", "updatedBy", "createdAt"];

    public static List<string> ChangedFields(string before, string after)
    {
        var a = JsonNode.Parse(before)?.AsObject() ?? [];
        var b = JsonNode.Parse(after)?.AsObject() ?? [];
        return a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(k => !Bookkeeping.Contains(k))
            .Where(k => !JsonNode.DeepEquals(a[k], b[k]))
            .ToList();
    }
}
