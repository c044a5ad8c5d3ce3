namespace Depot.Preservation.Derivatives;

/// <summary>
/// The derivatives of one content, in <see cref="PreservationPaths.DerivativesOf"/>: a thumbnail,
/// a web-size JPEG and a tiled pyramid. Named by the content, not the file, so organisations
/// holding the same bytes share them and a duplicate ingest costs no second pyramid.
/// </summary>
public static class DerivativeFiles
{
    public const string Thumbnail = "thumbnail.jpg";
    public const string WebSize = "web.jpg";
    public const string Pyramid = "pyramid.tif";

    /// <summary>Longest side of the thumbnail and of the web size, in pixels.</summary>
    public const int ThumbnailSize = 300;
    public const int WebSizePixels = 1600;

    /// <summary>
    /// Tile side of the pyramid and of the IIIF tiles announced in <c>info.json</c>: 256 keeps a
    /// tile request to a few tiles read from disk, whatever the zoom level.
    /// </summary>
    public const int TileSize = 256;

    /// <summary>JPEG quality of tiles, web size and thumbnail: visually lossless for photographs at a third of the bytes.</summary>
    public const int JpegQuality = 85;

    public static bool AllPresent(string folder) =>
        File.Exists(Path.Combine(folder, Thumbnail)) && File.Exists(Path.Combine(folder, WebSize)) && File.Exists(Path.Combine(folder, Pyramid));
}
