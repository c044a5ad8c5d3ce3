using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Depot.Storage.Demo;

/// <summary>
/// Draws a small but real picture for a demo object — a coloured canvas with a frame and its
/// title in a 5×7 pixel font — and encodes it as PNG (zlib from the framework, CRC-32 by hand),
/// so the demo needs no image files in the repository. The same text always gives the same bytes.
/// </summary>
public static class DemoPicture
{
    public static byte[] Png(string title, int width = 640, int height = 480, int variant = 0)
    {
        var pixels = new byte[width * height * 3];
        var hue = (Hash(title) + variant * 97) % 360;
        var (r, g, b) = FromHue(hue, 0.45, 0.55);
        var (fr, fg, fb) = FromHue((hue + 180) % 360, 0.35, 0.85);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var shade = 0.75 + 0.25 * y / height;
                var frame = x < 16 || y < 16 || x >= width - 16 || y >= height - 16;
                Set(pixels, width, x, y, frame ? (fr, fg, fb) : ((byte)(r * shade), (byte)(g * shade), (byte)(b * shade)));
            }
        var lines = Wrap(Plain(title), Math.Max(1, (width - 64) / 24));
        for (var i = 0; i < lines.Count; i++)
            Text(pixels, width, lines[i], 32, height / 2 - lines.Count * 18 + i * 36, scale: 4);
        return Encode(pixels, width, height);
    }

    private static void Text(byte[] pixels, int width, string text, int left, int top, int scale)
    {
        for (var c = 0; c < text.Length; c++)
        {
            var glyph = Font.Glyph(text[c]);
            for (var row = 0; row < 7; row++)
                for (var col = 0; col < 5; col++)
                    if ((glyph[row] >> (4 - col) & 1) == 1)
                        for (var dy = 0; dy < scale; dy++)
                            for (var dx = 0; dx < scale; dx++)
                                Set(pixels, width, left + (c * 6 + col) * scale + dx, top + row * scale + dy, (255, 255, 255));
        }
    }

    private static void Set(byte[] pixels, int width, int x, int y, (byte R, byte G, byte B) colour)
    {
        var i = (y * width + x) * 3;
        if (x < 0 || x >= width || i < 0 || i + 2 >= pixels.Length) return;
        (pixels[i], pixels[i + 1], pixels[i + 2]) = colour;
    }

    private static byte[] Encode(byte[] pixels, int width, int height)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
            for (var y = 0; y < height; y++)
            {
                z.WriteByte(0);
                z.Write(pixels, y * width * 3, width * 3);
            }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        s.Write(buffer);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typed));
        s.Write(buffer);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }

    private static int Hash(string text)
    {
        var h = 17;
        foreach (var c in text) h = unchecked(h * 31 + c);
        return h & 0x7FFFFFFF;
    }

    private static (byte, byte, byte) FromHue(int hue, double saturation, double lightness)
    {
        var c = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = c * (1 - Math.Abs(hue / 60.0 % 2 - 1));
        var m = lightness - c / 2;
        var (r, g, b) = (hue / 60) switch { 0 => (c, x, 0.0), 1 => (x, c, 0.0), 2 => (0.0, c, x), 3 => (0.0, x, c), 4 => (x, 0.0, c), _ => (c, 0.0, x) };
        return ((byte)((r + m) * 255), (byte)((g + m) * 255), (byte)((b + m) * 255));
    }

    /// <summary>Upper case without accents, only what the font can draw.</summary>
    private static string Plain(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToUpperInvariant())
            if (Font.Has(c)) plain.Append(c);
        return plain.ToString();
    }

    private static List<string> Wrap(string text, int perLine)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > perLine) { lines.Add(line); line = ""; }
            line = line.Length == 0 ? word[..Math.Min(word.Length, perLine)] : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Take(5).ToList();
    }
}
