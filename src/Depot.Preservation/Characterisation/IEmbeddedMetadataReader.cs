namespace Depot.Preservation.Characterisation;

/// <summary>Reads embedded metadata (EXIF, IPTC, XMP, ICC, …), dimensions and colour space from a file.</summary>
public interface IEmbeddedMetadataReader
{
    /// <summary>What the file carries; an unreadable or non-image file gives <see cref="EmbeddedMetadata.None"/>, never an exception.</summary>
    EmbeddedMetadata Read(Stream content, string fileName);
}

/// <param name="Width">Pixels across, when the file says.</param>
/// <param name="Height">Pixels down, when the file says.</param>
/// <param name="ColourSpace"><c>sRGB</c>, <c>Adobe RGB</c>, <c>Grey</c>, <c>CMYK</c>, or empty.</param>
/// <param name="Groups">Directory name (e.g. <c>Exif IFD0</c>, <c>IPTC</c>, <c>XMP</c>) to tag name and value.</param>
public sealed record EmbeddedMetadata(int? Width, int? Height, string ColourSpace, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Groups)
{
    public static EmbeddedMetadata None { get; } = new(null, null, "", new Dictionary<string, IReadOnlyDictionary<string, string>>());
}
