using System.Text.Json;
using System.Text.Json.Serialization;

namespace Depot.Network.Ldes;

/// <summary>
/// What an LDES client remembers between runs (<c>HarvestSource.State</c>): the immutable pages it has
/// processed (never fetched again) with the links they carried, and per mutable page the members
/// already handed on. URLs under the stream's own URL are kept short ("~/pages/250"): a stream of a
/// million members has thousands of pages, and the state is written with every page.
/// </summary>
internal sealed class LdesClientState
{
    private readonly string root;
    private readonly HashSet<string> done;
    private readonly Dictionary<string, List<string>> links;
    private readonly Dictionary<string, HashSet<string>> seen;

    private LdesClientState(string root, Stored stored)
    {
        this.root = root;
        done = new HashSet<string>(stored.Done ?? [], StringComparer.Ordinal);
        links = stored.Links ?? new Dictionary<string, List<string>>(StringComparer.Ordinal);
        seen = (stored.Seen ?? []).ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <param name="streamUrl">The source's URL: the root that short URLs are relative to.</param>
    /// <param name="json">The saved state; empty for a first harvest.</param>
    public static LdesClientState Parse(string streamUrl, string json)
    {
        var stored = string.IsNullOrWhiteSpace(json) ? new Stored() : JsonSerializer.Deserialize<Stored>(json, Options) ?? new Stored();
        // A source whose URL changed starts over: its short URLs meant the old root.
        return new LdesClientState(streamUrl, stored.Root == streamUrl ? stored : new Stored());
    }

    public bool IsDone(string url) => done.Contains(Short(url));

    /// <summary>The links an immutable page carried when it was read, so the pages behind it are still found.</summary>
    public IEnumerable<string> LinksOf(string url) => links.TryGetValue(Short(url), out var l) ? l.Select(Long) : [];

    public bool WasSeen(string page, string member) => seen.TryGetValue(Short(page), out var m) && m.Contains(member);

    /// <summary>An immutable page is in: it is not read again, and what was remembered of it as mutable is dropped.</summary>
    public void MarkDone(string url, IReadOnlyCollection<string> pageLinks)
    {
        var key = Short(url);
        done.Add(key);
        seen.Remove(key);
        if (pageLinks.Count > 0) links[key] = [.. pageLinks.Select(Short)];
    }

    public void MarkSeen(string page, IEnumerable<string> members)
    {
        var key = Short(page);
        if (!seen.TryGetValue(key, out var set)) seen[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(members);
    }

    public string ToJson() => JsonSerializer.Serialize(new Stored
    {
        Root = root,
        Done = [.. done],
        Links = links.Count > 0 ? links : null,
        Seen = seen.Count > 0 ? seen.ToDictionary(p => p.Key, p => p.Value.ToList()) : null,
    }, Options);

    private string Short(string url) => url.StartsWith(root, StringComparison.Ordinal) ? "~" + url[root.Length..] : url;

    private string Long(string key) => key.StartsWith('~') ? root + key[1..] : key;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed class Stored
    {
        public string Root { get; set; } = "";
        public List<string>? Done { get; set; }
        public Dictionary<string, List<string>>? Links { get; set; }
        public Dictionary<string, List<string>>? Seen { get; set; }
    }
}
