using System.Collections.Concurrent;
using System.Globalization;
using Depot.Preservation.Derivatives;
using NetVips;

namespace Depot.Preservation.IiifImage;

/// <summary>The levels of a pyramid (level 0 is full resolution, each next one half as large).</summary>
internal sealed record PyramidShape(IReadOnlyList<(int Width, int Height)> Levels)
{
    public int Width => Levels[0].Width;
    public int Height => Levels[0].Height;
}

/// <summary>
/// Renders IIIF image requests from a pyramidal TIFF: picks the smallest level that still has at
/// least the asked resolution, crops the region there (libvips reads only the tiles it covers),
/// scales to the exact size, then mirrors, rotates and sets the quality.
/// </summary>
internal static class ImagePyramid
{
    // Levels of a pyramid never change (a new content is a new folder), so they are read once per file.
    private static readonly ConcurrentDictionary<string, PyramidShape> Shapes = new(StringComparer.Ordinal);

    public static PyramidShape Shape(string pyramid) => Shapes.GetOrAdd(pyramid, static path =>
    {
        LibVips.Configure();
        using var first = Image.NewFromFile(path);
        var pages = first.Contains("n-pages") ? (int)first.Get("n-pages") : 1;
        var levels = new List<(int, int)> { (first.Width, first.Height) };
        for (var page = 1; page < pages; page++)
        {
            using var level = Page(path, page);
            levels.Add((level.Width, level.Height));
        }
        return new PyramidShape(levels);
    });

    /// <summary>The encoded image and its media type.</summary>
    public static (byte[] Bytes, string MediaType) Render(string pyramid, ImageRequest request)
    {
        var shape = Shape(pyramid);
        var r = request.Region;
        // The resolution asked for, as a fraction of full resolution; for a non-uniform size the larger one.
        var scale = Math.Max((double)request.Width / r.Width, (double)request.Height / r.Height);
        var page = 0;
        for (var k = shape.Levels.Count - 1; k > 0; k--)
            if ((double)shape.Levels[k].Width / shape.Width >= scale * 0.999) { page = k; break; }
        var (lw, lh) = shape.Levels[page];
        var fx = (double)lw / shape.Width;
        var fy = (double)lh / shape.Height;
        var x = Math.Clamp((int)Math.Floor(r.X * fx), 0, lw - 1);
        var y = Math.Clamp((int)Math.Floor(r.Y * fy), 0, lh - 1);
        var w = Math.Clamp((int)Math.Ceiling((r.X + r.Width) * fx), x + 1, lw) - x;
        var h = Math.Clamp((int)Math.Ceiling((r.Y + r.Height) * fy), y + 1, lh) - y;

        var steps = new List<Image>();
        try
        {
            var image = Track(steps, Page(pyramid, page));
            if (x != 0 || y != 0 || w != lw || h != lh) image = Track(steps, image.Crop(x, y, w, h));
            if (w != request.Width || h != request.Height)
                image = Track(steps, image.ThumbnailImage(request.Width, height: request.Height, size: Enums.Size.Force, noRotate: true));
            if (request.Mirror) image = Track(steps, image.FlipHor());
            image = request.Rotation switch
            {
                0 => image,
                90 => Track(steps, image.Rot90()),
                180 => Track(steps, image.Rot180()),
                270 => Track(steps, image.Rot270()),
                _ => Track(steps, image.Rotate(request.Rotation, background: [255, 255, 255])),
            };
            if (request.Quality is "gray" or "bitonal" && image.Bands > 1) image = Track(steps, image.Colourspace(Enums.Interpretation.Bw));
            if (request.Quality == "bitonal") image = Track(steps, image >= 128); // 0 or 255, one band
            return request.Format switch
            {
                "png" => (image.PngsaveBuffer(compression: 3, keep: Enums.ForeignKeep.None), "image/png"),
                "webp" => (image.WebpsaveBuffer(q: DerivativeFiles.JpegQuality, keep: Enums.ForeignKeep.None), "image/webp"),
                _ => (image.JpegsaveBuffer(q: DerivativeFiles.JpegQuality, keep: Enums.ForeignKeep.None), "image/jpeg"),
            };
        }
        finally
        {
            foreach (var step in steps) step.Dispose();
        }
    }

    private static Image Page(string path, int page) =>
        page == 0 ? Image.NewFromFile(path) : Image.NewFromFile(path + string.Create(CultureInfo.InvariantCulture, $"[page={page}]"));

    private static Image Track(List<Image> steps, Image image)
    {
        steps.Add(image);
        return image;
    }
}
