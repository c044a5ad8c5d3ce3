namespace Depot.Preservation.Formats;

/// <summary>Identifies a file's format by PRONOM signatures (DROID signature file and container signatures).</summary>
public interface IFormatIdentifier
{
    /// <summary>The version of the signature file in use, e.g. <c>DROID V118 / container 20240501</c>.</summary>
    string SignatureVersion { get; }

    /// <summary>Identifies the content of a seekable, readable stream; the name's extension breaks ties and is the last resort.</summary>
    FormatIdentification Identify(Stream content, string fileName);
}

/// <param name="Puid">PRONOM id, or empty when not identified.</param>
/// <param name="Name">PRONOM format name.</param>
/// <param name="Version">PRONOM format version, or empty.</param>
/// <param name="MediaType">IANA media type; <c>application/octet-stream</c> when unknown.</param>
/// <param name="Basis"><c>signature</c>, <c>container</c>, <c>extension</c> or <c>none</c>.</param>
/// <param name="Warnings">E.g. "extension mismatch", "several candidates: fmt/43, fmt/44".</param>
public sealed record FormatIdentification(string Puid, string Name, string Version, string MediaType, string Basis, IReadOnlyList<string> Warnings)
{
    public static FormatIdentification Unknown(string reason) => new("", "", "", "application/octet-stream", "none", [reason]);
}
