using Depot.Storage.Demo;
using Depot.Storage.Images;

namespace Depot.Storage.Tests.Images;

/// <summary>The header reader: formats by magic bytes, sizes from the header, anything else refused.</summary>
public sealed class ImageHeaderTests
{
    private static ImageInfo? Read(byte[] bytes) => ImageHeader.Read(new MemoryStream(bytes));

    [Fact]
    public void Png_size_comes_from_IHDR() =>
        Assert.Equal(new ImageInfo("image/png", ".png", 320, 200), Read(DemoPicture.Png("x", 320, 200)));

    [Fact]
    public void Jpeg_size_comes_from_the_frame_header_after_other_segments()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xE1, 0x00, 0x04, 0xAA, 0xBB,
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9];
        Assert.Equal(new ImageInfo("image/jpeg", ".jpg", 640, 480), Read(jpeg));
    }

    [Fact]
    public void Tiff_size_comes_from_the_first_directory_in_either_byte_order()
    {
        byte[] little = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 2, 0, 0x00, 0x01, 3, 0, 1, 0, 0, 0, 0x2C, 0x01, 0, 0,
            0x01, 0x01, 4, 0, 1, 0, 0, 0, 0xC8, 0, 0, 0, 0, 0, 0, 0];
        byte[] big = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 2, 0x01, 0x00, 0, 3, 0, 0, 0, 1, 0x01, 0x2C, 0, 0,
            0x01, 0x01, 0, 3, 0, 0, 0, 1, 0, 0xC8, 0, 0, 0, 0, 0, 0];
        Assert.Equal(new ImageInfo("image/tiff", ".tif", 300, 200), Read(little));
        Assert.Equal(new ImageInfo("image/tiff", ".tif", 300, 200), Read(big));
    }

    [Fact]
    public void WebP_lossy_lossless_and_extended_headers_give_their_size()
    {
        byte[] Riff(string chunk, byte[] payload) => [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. System.Text.Encoding.ASCII.GetBytes(chunk), 10, 0, 0, 0, .. payload];
        Assert.Equal(new ImageInfo("image/webp", ".webp", 400, 300), Read(Riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A, 0x90, 0x01, 0x2C, 0x01])));
        // VP8L: 14 bits width-1, 14 bits height-1 after the 0x2F signature.
        var bits = (uint)(399 | (299 << 14));
        Assert.Equal(new ImageInfo("image/webp", ".webp", 400, 300), Read(Riff("VP8L", [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0])));
        Assert.Equal(new ImageInfo("image/webp", ".webp", 400, 300), Read(Riff("VP8X", [0, 0, 0, 0, 0x8F, 0x01, 0, 0x2B, 0x01, 0])));
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public void Other_formats_are_not_images_Depot_takes(string text) =>
        Assert.Null(Read(System.Text.Encoding.Latin1.GetBytes(text)));

    [Fact]
    public void A_truncated_jpeg_is_refused() => Assert.Null(Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 1, 2]));
}
