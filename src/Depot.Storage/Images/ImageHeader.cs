using System.Buffers.Binary;

namespace Depot.Storage.Images;

/// <summary>What the first bytes of a file say it is: the media type, the extension Depot stores it under, and its size in pixels.</summary>
public sealed record ImageInfo(string MediaType, string Extension, int Width, int Height);

/// <summary>
/// Recognises JPEG, PNG, TIFF and WebP by their magic bytes (never by the file name or the
/// client's content type) and reads the width and height from the header, without decoding pixels.
/// </summary>
public static class ImageHeader
{
    /// <summary>The image in a seekable stream, or null when it is none of the accepted formats or its header is broken.</summary>
    public static ImageInfo? Read(Stream stream)
    {
        var head = new byte[32];
        stream.Position = 0;
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var h = head.AsSpan(0, n);
        stream.Position = 0;
        try
        {
            if (h is [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..]) return Png(h);
            if (h is [0xFF, 0xD8, 0xFF, ..]) return Jpeg(stream);
            if (h.Length >= 12 && h[..4].SequenceEqual("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8)) return WebP(h);
            if (h is [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..]) return Tiff(stream, h[0] == 'I');
        }
        catch (EndOfStreamException)
        {
        }
        return null;
    }

    private static ImageInfo? Png(ReadOnlySpan<byte> h) =>
        h.Length >= 24 && h[12..16].SequenceEqual("IHDR"u8)
            ? Valid("image/png", ".png", BinaryPrimitives.ReadInt32BigEndian(h[16..]), BinaryPrimitives.ReadInt32BigEndian(h[20..]))
            : null;

    /// <summary>Walks the markers to the first start-of-frame (SOF0…SOF15 except DHT, JPG and DAC), which holds the size.</summary>
    private static ImageInfo? Jpeg(Stream s)
    {
        s.Position = 2;
        var buffer = new byte[7];
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0) return null;
            if (b != 0xFF) return null;
            var marker = s.ReadByte();
            while (marker == 0xFF) marker = s.ReadByte();
            if (marker < 0 || marker == 0xD9 || marker == 0xDA) return null;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue;
            s.ReadExactly(buffer, 0, 2);
            var length = BinaryPrimitives.ReadUInt16BigEndian(buffer);
            if (length < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                s.ReadExactly(buffer, 0, 5);
                return Valid("image/jpeg", ".jpg", BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(3)), BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(1)));
            }
            s.Seek(length - 2, SeekOrigin.Current);
        }
    }

    private static ImageInfo? WebP(ReadOnlySpan<byte> h)
    {
        if (h.Length < 30) return null;
        var chunk = h[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
            return Valid("image/webp", ".webp", BinaryPrimitives.ReadUInt16LittleEndian(h[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(h[28..]) & 0x3FFF);
        if (chunk.SequenceEqual("VP8L"u8) && h[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(h[21..]);
            return Valid("image/webp", ".webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
            return Valid("image/webp", ".webp", (h[24] | h[25] << 8 | h[26] << 16) + 1, (h[27] | h[28] << 8 | h[29] << 16) + 1);
        return null;
    }

    /// <summary>The first image file directory's ImageWidth (256) and ImageLength (257) tags.</summary>
    private static ImageInfo? Tiff(Stream s, bool little)
    {
        var buffer = new byte[12];
        s.Position = 4;
        s.ReadExactly(buffer, 0, 4);
        var offset = U32(buffer, little);
        if (offset < 8 || offset > s.Length - 2) return null;
        s.Position = offset;
        s.ReadExactly(buffer, 0, 2);
        var count = U16(buffer, little);
        int width = 0, height = 0;
        for (var i = 0; i < count && (width == 0 || height == 0); i++)
        {
            s.ReadExactly(buffer, 0, 12);
            var tag = U16(buffer, little);
            var type = U16(buffer.AsSpan(2), little);
            var value = type == 3 ? U16(buffer.AsSpan(8), little) : type == 4 ? (int)Math.Min(U32(buffer.AsSpan(8), little), int.MaxValue) : 0;
            if (tag == 256) width = value;
            else if (tag == 257) height = value;
        }
        return Valid("image/tiff", ".tif", width, height);
    }

    private static int U16(ReadOnlySpan<byte> b, bool little) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

    private static long U32(ReadOnlySpan<byte> b, bool little) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);

    private static ImageInfo? Valid(string mediaType, string extension, int width, int height) =>
        width > 0 && height > 0 ? new ImageInfo(mediaType, extension, width, height) : null;
}
