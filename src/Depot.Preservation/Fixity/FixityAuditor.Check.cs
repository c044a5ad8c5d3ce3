using Depot.Preservation.Hashing;
using Depot.Preservation.Replicas;

namespace Depot.Preservation.Fixity;

/// <summary>Re-hashing the copies of one content and repairing the bad ones from a copy verified good.</summary>
internal sealed partial class FixityAuditor
{
    private async Task<IReadOnlyList<CopyOutcome>> CheckContentAsync(IReadOnlyList<CopyToCheck> copies, Throttle throttle, CancellationToken ct)
    {
        var outcomes = new List<CopyOutcome>();
        foreach (var copy in copies)
            outcomes.Add(await CheckCopyAsync(copy, throttle, ct));
        if (!outcomes.Any(o => o.Failed)) return outcomes;

        var sha = copies[0].Sha256;
        var length = copies[0].Length;
        var bad = outcomes.Where(o => o.Failed).Select(o => o.Copy.Store).ToHashSet(StringComparer.Ordinal);
        var verified = outcomes.Where(o => o.Finding == CopyFinding.Intact).Select(o => o.Copy.Store).ToHashSet(StringComparer.Ordinal);
        var source = await FindGoodCopyAsync(sha, bad, verified, throttle, ct);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (!outcomes[i].Failed) continue;
            var target = replicas.Find(outcomes[i].Copy.Store)!;
            var (result, detail) = source is null
                ? (RepairResult.Failed, "No intact copy on any other replica to repair from")
                : await RepairAsync(target, source, sha, length, ct);
            outcomes[i] = outcomes[i] with { Repair = result, RepairDetail = detail };
        }
        return outcomes;
    }

    private async Task<CopyOutcome> CheckCopyAsync(CopyToCheck copy, Throttle throttle, CancellationToken ct)
    {
        if (replicas.Find(copy.Store) is not { } store)
            return new CopyOutcome(copy, CopyFinding.StoreGone, $"Replica {copy.Store} is no longer configured", 0, RepairResult.None, "");
        await using var stream = await store.OpenReadAsync(copy.Sha256, ct);
        if (stream is null)
            return new CopyOutcome(copy, CopyFinding.Missing, $"Copy missing on replica {copy.Store}", 0, RepairResult.None, "");
        var (found, read) = await StreamHash.Sha256Async(stream, throttle.PaceAsync, ct);
        return found == copy.Sha256
            ? new CopyOutcome(copy, CopyFinding.Intact, "", read, RepairResult.None, "")
            : new CopyOutcome(copy, CopyFinding.Corrupt, $"SHA-256 on replica {copy.Store} is {found} ({read} bytes), expected {copy.Sha256} ({copy.Length} bytes)", read, RepairResult.None, "");
    }

    /// <summary>A store whose copy hashes right: one this pass already verified, else the first other one that does when hashed now.</summary>
    private async Task<IReplicaStore?> FindGoodCopyAsync(string sha256, HashSet<string> bad, HashSet<string> verified, Throttle throttle, CancellationToken ct)
    {
        if (verified.Count > 0) return replicas.Find(verified.First());
        foreach (var store in replicas.Stores.Where(s => !bad.Contains(s.Name)))
        {
            await using var stream = await store.OpenReadAsync(sha256, ct);
            if (stream is not null && (await StreamHash.Sha256Async(stream, throttle.PaceAsync, ct)).Sha256 == sha256)
                return store;
        }
        return null;
    }

    /// <summary>Copies the good bytes over the bad copy, hashing them on the way: a source that changed in between fails the repair.</summary>
    private static async Task<(RepairResult, string)> RepairAsync(IReplicaStore target, IReplicaStore source, string sha256, long length, CancellationToken ct)
    {
        try
        {
            await using var stream = await source.OpenReadAsync(sha256, ct);
            if (stream is null) return (RepairResult.Failed, $"The copy on replica {source.Name} disappeared before the repair");
            await using var hashing = new HashingReadStream(stream);
            await target.ReplaceAsync(sha256, hashing, length, ct);
            var sent = hashing.Sha256();
            return sent == sha256
                ? (RepairResult.Repaired, $"Replaced on replica {target.Name} from the intact copy on replica {source.Name}")
                : (RepairResult.Failed, $"The copy on replica {source.Name} changed during the repair (SHA-256 {sent})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Amazon.Runtime.AmazonServiceException)
        {
            return (RepairResult.Failed, $"Could not write replica {target.Name}: {e.Message}");
        }
    }
}
