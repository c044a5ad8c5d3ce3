using System.IO.Compression;
using System.Text;
using Depot.Preservation.Formats.Containers;

namespace Depot.Preservation.Tests.Formats;

public sealed class ContainerIdentificationTests
{
    [Fact]
    public void A_docx_made_here_is_identified_by_its_container_not_as_a_plain_zip()
    {
        var docx = Zip(
            ("[Content_Types].xml", """<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
            ("word/document.xml", "<w:document/>"));

        var found = PronomFiles.Identifier().Identify(docx, "brief.docx");

        Assert.Equal(("fmt/412", "container"), (found.Puid, found.Basis));
        Assert.Contains("wordprocessingml", found.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odt_and_an_epub_made_here_are_told_apart_by_their_entries()
    {
        var odt = Zip(
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", """<manifest:manifest><manifest:file-entry manifest:media-type="application/vnd.oasis.opendocument.text" manifest:full-path="/"/></manifest:manifest>"""),
            ("content.xml", """<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"></office:document-content>"""));
        var epub = Zip(("mimetype", "application/epub+zip"), ("META-INF/container.xml", "<container/>"));

        Assert.Equal(("fmt/291", "container"), Puid(PronomFiles.Identifier().Identify(odt, "tekst.odt")));
        Assert.Equal(("fmt/483", "container"), Puid(PronomFiles.Identifier().Identify(epub, "boek.epub")));
    }

    [Fact]
    public void A_zip_with_no_known_layout_stays_a_zip()
    {
        var found = PronomFiles.Identifier().Identify(Zip(("notes.txt", "hello")), "archief.zip");

        Assert.Equal(("x-fmt/263", "signature"), Puid(found));
    }

    [Fact]
    public void A_compound_file_made_here_is_read_and_identified_as_Word_97()
    {
        var compObj = new byte[64];
        var progId = Encoding.ASCII.GetBytes("\x10\0\0\0Word.Document.8\0");
        progId.CopyTo(compObj, 44);
        var doc = CompoundFileWriter.Write(("WordDocument", Encoding.ASCII.GetBytes("word body")), ("\u0001CompObj", compObj));

        var container = Ole2Container.Open(new MemoryStream(doc));
        Assert.NotNull(container);
        Assert.Equal(["CompObj", "WordDocument"], container.Paths.Order(StringComparer.Ordinal));
        Assert.Equal("word body", Encoding.ASCII.GetString(container.Read("WordDocument", 9)!));
        Assert.Equal(("fmt/40", "container"), Puid(PronomFiles.Identifier().Identify(doc, "brief.doc")));
    }

    [Fact]
    public void Small_streams_of_a_real_compound_file_are_read_from_the_mini_stream()
    {
        var xls = File.ReadAllBytes(PronomFiles.Sample(Path.Combine("containers", "fmt-61-container-signature-id-2020.xls")));

        var container = Ole2Container.Open(new MemoryStream(xls));

        Assert.NotNull(container);
        Assert.Equal(["Book"], container.Paths);
        Assert.Equal([0x09, 0x08, 0x00, 0x00, 0x00, 0x06, 0x05, 0x00], container.Read("Book", 4096));
        Assert.Equal(("fmt/61", "container"), Puid(PronomFiles.Identifier().Identify(xls, "x.xls")));
    }

    [Fact]
    public void Garbage_after_a_compound_file_header_is_not_a_container()
    {
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        new Random(6).NextBytes(bytes.AsSpan(8)); // seeded: the same garbage every run

        var container = Ole2Container.Open(new MemoryStream(bytes));
        var found = PronomFiles.Identifier().Identify(bytes, "kapot.doc");

        Assert.True(container is null || !container.Has("WordDocument"));
        Assert.NotEqual("fmt/40", found.Puid);
    }

    private static (string, string) Puid(Depot.Preservation.Formats.FormatIdentification found) => (found.Puid, found.Basis);

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        return buffer.ToArray();
    }
}
