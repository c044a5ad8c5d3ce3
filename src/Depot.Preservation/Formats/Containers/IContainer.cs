namespace Depot.Preservation.Formats.Containers;

/// <summary>A ZIP or OLE2 file seen as named entries, for container signatures.</summary>
internal interface IContainer
{
    IEnumerable<string> Paths { get; }

    /// <summary>An entry (or, for a path ending in <c>/</c>, a folder) exists.</summary>
    bool Has(string path);

    /// <summary>The first <paramref name="maxBytes"/> bytes of an entry, or null when absent or unreadable.</summary>
    byte[]? Read(string path, int maxBytes);
}
