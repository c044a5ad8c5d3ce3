using Depot.Preservation.Characterisation;
using Depot.Preservation.Formats;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// A stand-in for helper A's PRONOM identifier and metadata reader until the branches merge (then the
/// tests take the real ones): PNG by its signature with its size from IHDR, anything else unknown.
/// </summary>
internal sealed class TestFormatIdentifier : IFormatIdentifier, IEmbeddedMetadataReader
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public string SignatureVersion => "test signatures 1";

    public FormatIdentification Identify(Stream content, string fileName)
    {
        var head = Head(content, 8);
        return head.AsSpan().SequenceEqual(PngSignature)
            ? new FormatIdentification("fmt/13", "Portable Network Graphics", "1.2", "image/png", "signature", [])
            : FormatIdentification.Unknown("no signature matched");
    }

    public EmbeddedMetadata Read(Stream content, string fileName)
    {
        var head = Head(content, 24);
        if (head.Length < 24 || !head.AsSpan(0, 8).SequenceEqual(PngSignature)) return EmbeddedMetadata.None;
        int Int(int at) => (head[at] << 24) | (head[at + 1] << 16) | (head[at + 2] << 8) | head[at + 3];
        return new EmbeddedMetadata(Int(16), Int(20), "sRGB",
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["PNG-IHDR"] = new Dictionary<string, string> { ["Image Width"] = Int(16).ToString(System.Globalization.CultureInfo.InvariantCulture) } });
    }

    private static byte[] Head(Stream content, int count)
    {
        var buffer = new byte[count];
        var n = content.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..n];
    }
}
