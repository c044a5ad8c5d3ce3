using NetVips;

namespace Depot.Preservation.Tests.Support;

/// <summary>Pictures made with libvips for the tests: colours in known places, so crops can be checked by their pixels.</summary>
public static class TestPictures
{
    public static readonly double[] Red = [255, 0, 0];
    public static readonly double[] Green = [0, 255, 0];
    public static readonly double[] Blue = [0, 0, 255];
    public static readonly double[] Yellow = [255, 255, 0];

    /// <summary>A PNG in four quadrants: red top left, green top right, blue bottom left, yellow bottom right.</summary>
    public static byte[] Quadrants(int width = 1200, int height = 800)
    {
        using var tl = Block(width / 2, height / 2, Red);
        using var tr = Block(width - width / 2, height / 2, Green);
        using var bl = Block(width / 2, height - height / 2, Blue);
        using var br = Block(width - width / 2, height - height / 2, Yellow);
        using var top = tl.Join(tr, Enums.Direction.Horizontal);
        using var bottom = bl.Join(br, Enums.Direction.Horizontal);
        using var all = top.Join(bottom, Enums.Direction.Vertical);
        return all.PngsaveBuffer();
    }

    /// <summary>Bytes that start like a PNG (so upload checks pass) but that no decoder can read.</summary>
    public static byte[] BrokenPng()
    {
        var png = Quadrants(64, 64);
        var broken = png[..33].Concat(Enumerable.Repeat((byte)0x5A, 400)).ToArray();
        return broken;
    }

    /// <summary>The colour at a point of an encoded image, and its size.</summary>
    public static (double[] Pixel, int Width, int Height, int Bands) Probe(byte[] encoded, int x, int y)
    {
        using var image = Image.NewFromBuffer(encoded);
        return (image.Getpoint(x, y), image.Width, image.Height, image.Bands);
    }

    public static bool Near(double[] actual, double[] expected, double tolerance = 40) =>
        actual.Length >= expected.Length && expected.Select((e, i) => Math.Abs(actual[i] - e) <= tolerance).All(b => b);

    private static Image Block(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var coloured = black + colour;
        using var cast = coloured.Cast(Enums.BandFormat.Uchar);
        return cast.Copy(interpretation: Enums.Interpretation.Srgb);
    }
}
