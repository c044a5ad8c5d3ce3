using Depot.Core.Preservation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Replicas;

/// <summary>
/// Reads a content from the first store whose copy the last check found intact (in configured order),
/// then from any other store that still has one: a copy the audit has not looked at yet may be fine.
/// </summary>
internal sealed class ContentReader(DepotDatabase database, ReplicaSet replicas) : IContentReader
{
    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var states = await db.ContentReplicas.Where(r => r.Sha256 == sha256).ToDictionaryAsync(r => r.Store, r => r.State, ct);
        var ordered = replicas.Stores
            .OrderBy(s => states.TryGetValue(s.Name, out var state) && state == ReplicaState.Present ? 0 : 1);
        foreach (var store in ordered)
            if (await store.OpenReadAsync(sha256, ct) is { } stream)
                return stream;
        throw new FileNotFoundException($"No replica store has content {sha256}.");
    }
}
