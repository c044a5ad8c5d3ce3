using NetVips;

namespace Depot.Preservation.Derivatives;

/// <summary>
/// Makes the derivatives of one image file with libvips. Each is written under a temporary name
/// and renamed into place, so a crash never leaves a half pyramid that looks finished.
/// </summary>
/// <remarks>
/// The pyramid is one pyramidal, tiled TIFF with JPEG tiles rather than a DeepZoom folder: IIIF
/// regions fall anywhere, not on a tile grid, and libvips reads an arbitrary rectangle of any level
/// of a tiled TIFF by loading only the tiles it covers; a DeepZoom tree would need those tiles
/// stitched per request and costs thousands of small files (inodes, slow copies and deletes) per
/// image, where the TIFF is one file that is renamed into place atomically.
/// </remarks>
public static class DerivativeMaker
{
    /// <summary>Size of the image at full resolution (after the orientation tag is applied) and the pyramid's levels.</summary>
    public sealed record Made(int Width, int Height, int Levels);

    /// <summary>Writes thumbnail, web size and pyramid of <paramref name="source"/> into <paramref name="folder"/>; throws <see cref="VipsException"/> for what libvips cannot read.</summary>
    public static Made Make(string source, string folder)
    {
        Directory.CreateDirectory(folder);
        // Fail early and cheaply: a header that does not parse means no derivative can be made.
        using (var header = Image.NewFromFile(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error)) _ = header.Bands;

        Save(folder, DerivativeFiles.Thumbnail, temp =>
        {
            using var thumb = Image.Thumbnail(source, DerivativeFiles.ThumbnailSize, height: DerivativeFiles.ThumbnailSize, size: Enums.Size.Down);
            using var flat = ForJpeg(thumb);
            flat.Jpegsave(temp, q: DerivativeFiles.JpegQuality, keep: Enums.ForeignKeep.None);
        });
        Save(folder, DerivativeFiles.WebSize, temp =>
        {
            using var web = Image.Thumbnail(source, DerivativeFiles.WebSizePixels, height: DerivativeFiles.WebSizePixels, size: Enums.Size.Down);
            using var flat = ForJpeg(web);
            flat.Jpegsave(temp, q: DerivativeFiles.JpegQuality, keep: Enums.ForeignKeep.None, optimizeCoding: true, interlace: true);
        });
        var made = (Made?)null;
        Save(folder, DerivativeFiles.Pyramid, temp =>
        {
            // Sequential access: libvips streams the original top to bottom and builds every level as it goes,
            // so memory stays at a few strips of pixels however large the image.
            using var original = Image.NewFromFile(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            using var upright = original.Autorot();
            using var flat = ForJpeg(upright);
            flat.Tiffsave(temp, compression: Enums.ForeignTiffCompression.Jpeg, q: DerivativeFiles.JpegQuality, tile: true,
                tileWidth: DerivativeFiles.TileSize, tileHeight: DerivativeFiles.TileSize, pyramid: true, bigtiff: true,
                keep: Enums.ForeignKeep.None);
            made = new Made(flat.Width, flat.Height, 0);
        });
        using var pyramid = Image.NewFromFile(Path.Combine(folder, DerivativeFiles.Pyramid));
        var levels = pyramid.Contains("n-pages") ? (int)pyramid.Get("n-pages") : 1;
        return made! with { Levels = levels };
    }

    /// <summary>8-bit sRGB (or grey) without alpha, the only pixels a JPEG holds: transparency becomes white.</summary>
    internal static Image ForJpeg(Image image)
    {
        var srgb = image.Interpretation is Enums.Interpretation.Bw or Enums.Interpretation.Grey16
            ? image.Colourspace(Enums.Interpretation.Bw)
            : image.Colourspace(Enums.Interpretation.Srgb);
        if (srgb.HasAlpha())
        {
            var flattened = srgb.Flatten(background: [255, 255, 255]);
            srgb.Dispose();
            srgb = flattened;
        }
        if (srgb.Format == Enums.BandFormat.Uchar) return srgb;
        var cast = srgb.Cast(Enums.BandFormat.Uchar);
        srgb.Dispose();
        return cast;
    }

    private static void Save(string folder, string name, Action<string> write)
    {
        var final = Path.Combine(folder, name);
        var temp = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + Path.GetExtension(name));
        try
        {
            write(temp);
            File.Move(temp, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
