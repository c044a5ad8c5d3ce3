namespace Depot.Preservation.Packages;

/// <summary>What the validator found: valid or not and why, the bag's version, its metadata and its payload.</summary>
/// <param name="Version">The <c>BagIt-Version</c> declared, or empty when the declaration is unreadable.</param>
/// <param name="Problems">Everything found wrong; empty for a valid bag.</param>
/// <param name="Info">The <c>bag-info.txt</c> entries in file order (a label may repeat).</param>
/// <param name="Payload">Every payload file with the checksums the manifests give it (algorithm to lower-case hex).</param>
public sealed record BagVerdict(
    string Version,
    IReadOnlyList<PackageProblem> Problems,
    IReadOnlyList<KeyValuePair<string, string>> Info,
    IReadOnlyList<BagPayloadFile> Payload)
{
    public bool IsValid => Problems.Count == 0;
}

/// <param name="Path">Relative to the bag's root, forward slashes, starting with <c>data/</c>.</param>
/// <param name="Length">Bytes.</param>
/// <param name="Checksums">Algorithm to lower-case hex, as computed.</param>
public sealed record BagPayloadFile(string Path, long Length, IReadOnlyDictionary<string, string> Checksums);
