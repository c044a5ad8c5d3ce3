using System.Text;
using Depot.Preservation.Characterisation;
using NetVips;

namespace Depot.Preservation.Tests.Characterisation;

public sealed class EmbeddedMetadataTests
{
    private readonly EmbeddedMetadataReader reader = new();

    [Fact]
    public void A_jpeg_with_exif_xmp_and_an_srgb_profile_gives_its_tags_size_and_colour_space()
    {
        using var black = Image.Black(64, 48, bands: 3);
        using var rgb = black.Copy(interpretation: Enums.Interpretation.Srgb);
        using var profiled = rgb.IccTransform("srgb", inputProfile: "srgb");
        using var tagged = profiled.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd0-Artist", "Jan Peeters");
            m.Set(GValue.GStrType, "exif-ifd0-ImageDescription", "Reliekhouder, voorzijde");
            m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(Xmp("Reliekhouder (inv. 1998.12)")));
        });
        var jpeg = tagged.JpegsaveBuffer(q: 80);

        var metadata = reader.Read(new MemoryStream(jpeg), "reliekhouder.jpg");

        Assert.Equal((64, 48), (metadata.Width, metadata.Height));
        Assert.Equal("sRGB", metadata.ColourSpace);
        Assert.Equal("Jan Peeters", metadata.Groups["Exif IFD0"]["Artist"]);
        Assert.Equal("Reliekhouder, voorzijde", metadata.Groups["Exif IFD0"]["Image Description"]);
        Assert.Contains(metadata.Groups["XMP"], t => t.Value == "Reliekhouder (inv. 1998.12)");
        Assert.Contains("sRGB", metadata.Groups["ICC Profile"]["Profile Description"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_grey_png_reports_grey_and_its_size()
    {
        using var grey = Image.Black(30, 20).Copy(interpretation: Enums.Interpretation.Bw);
        var png = grey.PngsaveBuffer();

        var metadata = reader.Read(new MemoryStream(png), "scan.png");

        Assert.Equal((30, 20, "Grey"), (metadata.Width, metadata.Height, metadata.ColourSpace));
        Assert.Equal("30", metadata.Groups["PNG-IHDR"]["Image Width"]);
    }

    [Fact]
    public void A_cmyk_tiff_reports_cmyk()
    {
        using var cmyk = Image.Black(10, 10, bands: 4).Copy(interpretation: Enums.Interpretation.Cmyk);
        var tiff = cmyk.TiffsaveBuffer();

        var metadata = reader.Read(new MemoryStream(tiff), "druk.tif");

        Assert.Equal((10, 10, "CMYK"), (metadata.Width, metadata.Height, metadata.ColourSpace));
    }

    [Fact]
    public void An_oversized_xmp_packet_is_capped_and_the_rest_kept()
    {
        using var black = Image.Black(8, 8, bands: 3);
        using var tagged = black.Mutate(m => m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(Xmp(new string('x', 300_000)))));
        var jpeg = tagged.JpegsaveBuffer();

        var metadata = reader.Read(new MemoryStream(jpeg), "groot.jpg");

        var chars = metadata.Groups.Sum(g => g.Key.Length + g.Value.Sum(t => t.Key.Length + t.Value.Length));
        Assert.InRange(chars, 1, EmbeddedMetadataReader.MaxChars);
        Assert.Equal((8, 8), (metadata.Width, metadata.Height));
    }

    [Fact]
    public void Unreadable_or_non_image_content_gives_none_without_throwing()
    {
        var truncated = new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x10, 0x00, 0x45, 0x78 };

        Assert.Same(EmbeddedMetadata.None, reader.Read(new MemoryStream(truncated), "kapot.jpg"));
        Assert.Same(EmbeddedMetadata.None, reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("gewoon tekst")), "notitie.txt"));
    }

    private static string Xmp(string title) => $"""
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
        </rdf:Description></rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """;
}
