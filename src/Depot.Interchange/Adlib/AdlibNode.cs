namespace Depot.Interchange.Adlib;

/// <summary>
/// One element of an Adlib record, read without a DOM: a field with its text (or its
/// <c>&lt;value lang="…"&gt;</c> translations), a group of fields, or a linked term
/// (<c>term</c> + <c>bronnen/link_url</c>). Mapping marks what it used; whatever stays
/// unused is kept verbatim with the record, so nothing in the export is lost.
/// </summary>
internal sealed class AdlibNode(string name, AdlibNode? parent, int line)
{
    public string Name { get; } = name;
    public AdlibNode? Parent { get; } = parent;
    public int Line { get; } = line;
    public List<AdlibValue> Values { get; } = [];
    public List<AdlibNode> Children { get; } = [];
    public List<(string Name, AdlibValue Value)> Attributes { get; } = [];

    /// <summary>1-based occurrence of a group repeated at record level (Dimension[2]); 0 when it is not repeated.</summary>
    public int Occurrence { get; set; }

    internal string? PendingText { get; set; }

    public bool IsRecord => Parent is null;

    /// <summary>"tag", "Group/tag" or "Group[2]/tag": where the value sat in the record.</summary>
    public string Path => Parent is null ? ""
        : Parent.IsRecord ? (Occurrence > 0 ? $"{Name}[{Occurrence}]" : Name)
        : $"{Parent.Path}/{Name}";

    /// <summary>A group holds fields (Production, Dimension, maker); a linked term holds <c>term</c>; a field holds text.</summary>
    public bool IsGroup => Values.Count == 0 && Children.Count > 0 && !Children.Exists(c => c.Name == "term");

    public bool HasText => Values.Exists(v => v.Text.Length > 0) || Child("term")?.HasText == true;

    public AdlibNode? Child(string childName) => Children.Find(c => c.Name == childName);

    public IEnumerable<AdlibNode> ChildrenNamed(string childName) => Children.Where(c => c.Name == childName);

    /// <summary>Marks the node's own values used (not its children: a linked term's broader terms stay kept).</summary>
    public void MarkUsed()
    {
        foreach (var v in Values) v.Used = true;
    }
}

/// <summary>A text with its language: an ISO code ("nl"), "" for plain text or an invariant value, "neutral" for an enumeration's code.</summary>
internal sealed class AdlibValue(string text, string language)
{
    public const string Neutral = "neutral";

    public string Text { get; } = text;
    public string Language { get; } = language;
    public bool Used { get; set; }
}
