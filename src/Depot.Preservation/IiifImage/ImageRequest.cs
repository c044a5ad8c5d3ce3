using System.Globalization;

namespace Depot.Preservation.IiifImage;

/// <summary>A rectangle of the full-resolution image, in pixels.</summary>
internal readonly record struct PixelRegion(int X, int Y, int Width, int Height);

/// <summary>What one IIIF image request asks for, checked against the image: region, output size, mirroring, rotation, quality and format.</summary>
internal sealed record ImageRequest(PixelRegion Region, int Width, int Height, bool Mirror, double Rotation, string Quality, string Format);

/// <summary>An invalid request: answered 400 with the parameter named, as the IIIF Image API asks.</summary>
internal sealed class InvalidImageRequestException(string message) : Exception(message);

/// <summary>
/// Parses <c>{region}/{size}/{rotation}/{quality}.{format}</c> after the IIIF Image API 3.0
/// (sections 4.1–4.5): regions full, square, pixels and percent; sizes max, w, ,h, pct:n, w,h and
/// !w,h, each with <c>^</c> to allow upscaling; rotation with <c>!</c> for mirroring.
/// </summary>
internal static class ImageRequestParser
{
    public static readonly string[] Qualities = ["default", "color", "gray", "bitonal"];
    public static readonly string[] Formats = ["jpg", "png", "webp"];

    public static ImageRequest Parse(string region, string size, string rotation, string qualityFormat, int width, int height, ImageLimits limits)
    {
        var r = Region(region, width, height);
        var (w, h) = Size(size, r.Width, r.Height, limits);
        var mirror = rotation.StartsWith('!');
        var degrees = Number(mirror ? rotation[1..] : rotation, "rotation");
        if (degrees is < 0 or > 360) throw Invalid($"Rotation {rotation} must be between 0 and 360 degrees.");
        var dot = qualityFormat.LastIndexOf('.');
        if (dot <= 0) throw Invalid($"{qualityFormat} is not quality.format, e.g. default.jpg.");
        var quality = qualityFormat[..dot];
        var format = qualityFormat[(dot + 1)..];
        if (!Qualities.Contains(quality, StringComparer.Ordinal)) throw Invalid($"Quality {quality} is not supported; use one of {string.Join(", ", Qualities)}.");
        if (!Formats.Contains(format, StringComparer.Ordinal)) throw Invalid($"Format {format} is not supported; use one of {string.Join(", ", Formats)}.");
        return new ImageRequest(r, w, h, mirror, degrees % 360, quality, format);
    }

    internal static PixelRegion Region(string region, int width, int height)
    {
        if (region == "full") return new PixelRegion(0, 0, width, height);
        if (region == "square")
        {
            var side = Math.Min(width, height);
            return new PixelRegion((width - side) / 2, (height - side) / 2, side, side);
        }
        var percent = region.StartsWith("pct:", StringComparison.Ordinal);
        var parts = (percent ? region[4..] : region).Split(',');
        if (parts.Length != 4) throw Invalid($"Region {region} is not full, square, x,y,w,h or pct:x,y,w,h.");
        double x, y, w, h;
        if (percent)
            (x, y, w, h) = (Number(parts[0], "region") * width / 100, Number(parts[1], "region") * height / 100,
                Number(parts[2], "region") * width / 100, Number(parts[3], "region") * height / 100);
        else
            (x, y, w, h) = (Integer(parts[0], "region"), Integer(parts[1], "region"), Integer(parts[2], "region"), Integer(parts[3], "region"));
        var left = (int)Math.Round(x);
        var top = (int)Math.Round(y);
        if (w <= 0 || h <= 0) throw Invalid($"Region {region} has no width or height.");
        if (left >= width || top >= height) throw Invalid($"Region {region} lies outside the image of {width} × {height} pixels.");
        // A region reaching past the edge is cut at the edge (section 4.1).
        var right = Math.Min(width, (int)Math.Round(x + w));
        var bottom = Math.Min(height, (int)Math.Round(y + h));
        if (right <= left || bottom <= top) throw Invalid($"Region {region} is smaller than a pixel.");
        return new PixelRegion(left, top, right - left, bottom - top);
    }

    internal static (int Width, int Height) Size(string size, int regionWidth, int regionHeight, ImageLimits limits)
    {
        var upscale = size.StartsWith('^');
        var s = upscale ? size[1..] : size;
        double w, h;
        if (s == "max")
        {
            // The region's own size, or as large as the limits allow with ^, kept within the limits either way.
            var fit = Math.Min(Math.Min((double)limits.MaxWidth / regionWidth, (double)limits.MaxHeight / regionHeight),
                Math.Sqrt((double)limits.MaxArea / ((double)regionWidth * regionHeight)));
            var scale = upscale ? fit : Math.Min(1, fit);
            return (Math.Max(1, (int)Math.Floor(regionWidth * scale)), Math.Max(1, (int)Math.Floor(regionHeight * scale)));
        }
        if (s.StartsWith("pct:", StringComparison.Ordinal))
        {
            var n = Number(s[4..], "size");
            if (n <= 0) throw Invalid($"Size {size} must be more than 0 percent.");
            (w, h) = (regionWidth * n / 100, regionHeight * n / 100);
        }
        else
        {
            var confined = s.StartsWith('!');
            var parts = (confined ? s[1..] : s).Split(',');
            if (parts.Length != 2 || (confined && (parts[0].Length == 0 || parts[1].Length == 0)))
                throw Invalid($"Size {size} is not max, w,, ,h, pct:n, w,h or !w,h.");
            double? pw = parts[0].Length > 0 ? Integer(parts[0], "size") : null;
            double? ph = parts[1].Length > 0 ? Integer(parts[1], "size") : null;
            if (pw is 0 || ph is 0 || (pw is null && ph is null)) throw Invalid($"Size {size} asks for no pixels.");
            if (confined)
            {
                var scale = Math.Min(pw!.Value / regionWidth, ph!.Value / regionHeight);
                if (!upscale) scale = Math.Min(1, scale);
                (w, h) = (regionWidth * scale, regionHeight * scale);
            }
            else
                (w, h) = (pw ?? regionWidth * ph!.Value / regionHeight, ph ?? regionHeight * pw!.Value / regionWidth);
        }
        var (width, height) = (Math.Max(1, (int)Math.Round(w)), Math.Max(1, (int)Math.Round(h)));
        if (!upscale && (width > regionWidth || height > regionHeight))
            throw Invalid($"Size {size} is larger than the region ({regionWidth} × {regionHeight}); ask for ^{size} to upscale.");
        if (width > limits.MaxWidth || height > limits.MaxHeight || (long)width * height > limits.MaxArea)
            throw Invalid($"Size {size} exceeds this server's limit of {limits.MaxWidth} × {limits.MaxHeight} pixels.");
        return (width, height);
    }

    private static double Number(string text, string parameter) =>
        text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.') && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Invalid($"The {parameter} parameter has {text}, which is not a number.");

    private static int Integer(string text, string parameter) =>
        text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture)
            : throw Invalid($"The {parameter} parameter has {text}, which is not a whole number of pixels.");

    private static InvalidImageRequestException Invalid(string message) => new(message);
}

/// <summary>The largest image this server renders (announced in <c>info.json</c>): bounds the memory and time of one request.</summary>
internal sealed record ImageLimits(int MaxWidth, int MaxHeight, long MaxArea)
{
    public static readonly ImageLimits Default = new(4096, 4096, 4096L * 4096);
}
