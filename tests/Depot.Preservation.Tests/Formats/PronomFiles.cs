using Depot.Preservation.Formats;

namespace Depot.Preservation.Tests.Formats;

/// <summary>The identifier over the reference data's PRONOM files, loaded once for all tests (a test skips when they are absent).</summary>
internal static class PronomFiles
{
    private static readonly Lazy<PronomIdentifier> Shared = new(() => new PronomIdentifier(new SignatureSource(
        Path.Combine(ReferenceData.Root(), "pronom", "DROID_SignatureFile_V118.xml"),
        Path.Combine(ReferenceData.Root(), "pronom", "container-signature-20240501.xml"), [])));

    public static PronomIdentifier Identifier()
    {
        ReferenceData.Require(Path.Combine("pronom", "DROID_SignatureFile_V118.xml"));
        ReferenceData.Require(Path.Combine("pronom", "container-signature-20240501.xml"));
        return Shared.Value;
    }

    public static string Sample(string relative) => ReferenceData.Require(Path.Combine("pronom", "skeleton-sample", relative));

    public static FormatIdentification Identify(this IFormatIdentifier identifier, byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        return identifier.Identify(stream, name);
    }
}
