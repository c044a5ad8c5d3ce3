using System.Xml.Linq;
using Depot.Preservation.Formats.Containers;

namespace Depot.Preservation.Formats.Signatures;

/// <summary>One entry a container signature demands, with the byte signatures (any one) its content must match.</summary>
internal sealed record ContainerEntry(string Path, IReadOnlyList<InternalSignature> Signatures);

/// <summary>A container signature: every entry present (and matching); maps to one or more PUIDs.</summary>
internal sealed record ContainerSignature(int Id, string ContainerType, string Description, IReadOnlyList<ContainerEntry> Entries, IReadOnlyList<string> Puids);

/// <summary>
/// The DROID container signature file: signatures for ZIP and OLE2 containers, and the trigger PUIDs
/// (<c>x-fmt/263</c> zip, <c>fmt/111</c> OLE2, …) whose identification starts the container pass.
/// </summary>
internal sealed class ContainerSignatureFile
{
    /// <summary>Bytes of an entry that signatures are matched against; signatures look at most 32 KB in.</summary>
    public const int EntryBytes = 64 * 1024;

    private ContainerSignatureFile(string version, List<ContainerSignature> signatures, Dictionary<string, string> triggers)
    {
        Version = version;
        Signatures = signatures;
        Triggers = triggers;
    }

    /// <summary>The file's <c>signatureVersion</c>.</summary>
    public string Version { get; }
    public IReadOnlyList<ContainerSignature> Signatures { get; }

    /// <summary>PUID to container type (<c>ZIP</c>, <c>OLE2</c>).</summary>
    public IReadOnlyDictionary<string, string> Triggers { get; }

    public static ContainerSignatureFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        var root = XDocument.Load(stream).Root ?? throw new FormatException("The container signature file is empty.");
        var mappings = SignatureXml.Descendants(root, "FileFormatMapping")
            .ToLookup(m => SignatureXml.Int(m, "signatureId") ?? 0, m => (string?)m.Attribute("Puid") ?? "");
        var signatures = SignatureXml.Descendants(root, "ContainerSignature").Select(c => new ContainerSignature(
            SignatureXml.Int(c, "Id") ?? 0,
            ((string?)c.Attribute("ContainerType") ?? "").ToUpperInvariant(),
            SignatureXml.Children(c, "Description").Select(d => d.Value.Trim()).FirstOrDefault() ?? "",
            [.. SignatureXml.Descendants(c, "File").Select(f => new ContainerEntry(
                SignatureXml.Children(f, "Path").Select(p => p.Value.Trim()).FirstOrDefault() ?? "",
                [.. SignatureXml.Descendants(f, "InternalSignature").Select(SignatureXml.Signature)]))],
            [.. mappings[SignatureXml.Int(c, "Id") ?? 0].Distinct()])).Where(s => s.Puids.Count > 0).ToList();
        var triggers = SignatureXml.Descendants(root, "TriggerPuid")
            .ToDictionary(t => (string?)t.Attribute("Puid") ?? "", t => ((string?)t.Attribute("ContainerType") ?? "").ToUpperInvariant(), StringComparer.Ordinal);
        return new ContainerSignatureFile((string?)root.Attribute("signatureVersion") ?? "?", signatures, triggers);
    }

    /// <summary>The PUIDs of every signature of <paramref name="containerType"/> the container satisfies.</summary>
    public List<string> Match(string containerType, IContainer container)
    {
        var read = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var signature in Signatures)
        {
            if (signature.ContainerType != containerType || !signature.Entries.All(e => Satisfies(e, container, read))) continue;
            found.AddRange(signature.Puids.Where(p => !found.Contains(p)));
        }
        return found;
    }

    private static bool Satisfies(ContainerEntry entry, IContainer container, Dictionary<string, byte[]?> read)
    {
        if (!container.Has(entry.Path)) return false;
        if (entry.Signatures.Count == 0) return true;
        if (!read.TryGetValue(entry.Path, out var bytes)) read[entry.Path] = bytes = container.Read(entry.Path, EntryBytes);
        if (bytes is null) return false;
        foreach (var signature in entry.Signatures)
            if (signature.Matches(new ScanWindow(bytes, bytes))) return true;
        return false;
    }
}
