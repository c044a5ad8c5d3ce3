using System.Text.Json;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Ldes;

/// <summary>What one run of the reference client (<c>ldes-client</c> via tests/validators/ldes-replicate.mjs) received.</summary>
internal sealed record LdesClientRun(IReadOnlyList<ReplicatedMember> Members)
{
    /// <summary>Runs the client once over <paramref name="streamUrl"/>; with a <paramref name="statePath"/> the client's saved state makes a second run receive only new members.</summary>
    public static async Task<LdesClientRun> ReplicateAsync(string streamUrl, string? statePath, CancellationToken ct)
    {
        var result = await Validators.NodeAsync("ldes-replicate.mjs", statePath is null ? [streamUrl] : [streamUrl, statePath], ct);
        Assert.True(result.ExitCode == 0, result.ToString());
        var members = new List<ReplicatedMember>();
        int? count = null;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("count", out var c)) count = c.GetInt32();
            else members.Add(new ReplicatedMember(
                root.GetProperty("id").GetString()!,
                root.GetProperty("isVersionOf").GetString(),
                root.GetProperty("timestamp").GetString(),
                root.GetProperty("quads").EnumerateArray().Select(q => q.EnumerateArray().Select(x => x.GetString()!).ToArray()).ToList()));
        }
        Assert.True(count == members.Count, result.ToString());
        return new LdesClientRun(members);
    }
}

internal sealed record ReplicatedMember(string Id, string? IsVersionOf, string? Timestamp, IReadOnlyList<string[]> Quads);
