using NetVips;

namespace Depot.Bench.Preservation;

/// <summary>A large photograph-like JPEG made by libvips: smooth colour gradients with grain, so tiles compress like real photographs, not like flat colour.</summary>
internal static class BenchPicture
{
    public static void Write(string path, int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var r = x * (255.0 / width);
        using var g = y * (255.0 / height);
        using var sum = x + y;
        using var b = (sum * (255.0 / (width + height)) - 128).Abs();
        using var rgb = r.Bandjoin(g, b);
        using var noise = Image.Gaussnoise(width, height, sigma: 18, mean: 0);
        using var grainy = rgb + noise;
        using var pixels = grainy.Cast(Enums.BandFormat.Uchar);
        using var srgb = pixels.Copy(interpretation: Enums.Interpretation.Srgb);
        srgb.Jpegsave(path, q: 90);
    }
}
