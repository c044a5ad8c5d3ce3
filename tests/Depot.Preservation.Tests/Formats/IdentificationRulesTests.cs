using System.Text;
using Depot.Preservation.Formats;

namespace Depot.Preservation.Tests.Formats;

/// <summary>DROID's rules over a small signature file written by the test: priorities, extension as tie-breaker and last resort.</summary>
public sealed class IdentificationRulesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("depot-formats-").FullName;

    [Fact]
    public void A_format_with_priority_removes_the_one_it_has_priority_over()
    {
        var identifier = Identifier(priority: true);

        var found = identifier.Identify(Encoding.ASCII.GetBytes("DEPOT\0\0\0BOOK-2"), "x.bin");

        Assert.Equal(("test/2", "Depot Book", "2", "application/x-depot-book", "signature"), (found.Puid, found.Name, found.Version, found.MediaType, found.Basis));
        Assert.DoesNotContain(found.Warnings, w => w.StartsWith("several candidates", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_priority_the_extension_breaks_the_tie_and_both_candidates_are_named()
    {
        var identifier = Identifier(priority: false);

        var byGeneric = identifier.Identify(Encoding.ASCII.GetBytes("DEPOT\0\0\0BOOK-2"), "x.depot");
        var byBook = identifier.Identify(Encoding.ASCII.GetBytes("DEPOT\0\0\0BOOK-2"), "x.dbook");

        Assert.Equal("test/1", byGeneric.Puid);
        Assert.Equal("test/2", byBook.Puid);
        Assert.Contains(byBook.Warnings, w => w.Contains("test/2", StringComparison.Ordinal) && w.Contains("test/1", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extension_that_does_not_belong_to_the_matched_format_is_flagged()
    {
        var found = Identifier(priority: true).Identify(Encoding.ASCII.GetBytes("DEPOT\0\0\0"), "x.txt");

        Assert.Equal("test/1", found.Puid);
        Assert.Contains(found.Warnings, w => w.StartsWith("extension mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_signature_match_the_extension_identifies_with_that_basis_and_else_nothing()
    {
        var identifier = Identifier(priority: true);

        var notes = identifier.Identify(Encoding.ASCII.GetBytes("just some notes"), "readme.dnotes");
        var unknown = identifier.Identify(Encoding.ASCII.GetBytes("just some notes"), "readme.qqq");

        Assert.Equal(("test/3", "extension"), (notes.Puid, notes.Basis));
        Assert.Equal(("", "none", "application/octet-stream"), (unknown.Puid, unknown.Basis, unknown.MediaType));
        Assert.Contains(".qqq", unknown.Warnings.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_signature_file_common_types_are_identified_by_extension_with_a_warning()
    {
        var identifier = new PronomIdentifier(new SignatureSource("", "", [Path.Combine(folder, "nothing-here")]));

        var jpeg = identifier.Identify([0xFF, 0xD8, 0xFF], "photo.JPG");

        Assert.Equal(("fmt/43", "image/jpeg", "extension"), (jpeg.Puid, jpeg.MediaType, jpeg.Basis));
        Assert.Equal(SignatureSource.MissingWarning, jpeg.Warnings.Single());
        Assert.StartsWith("none", identifier.SignatureVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_signature_file_in_the_search_folders_is_used()
    {
        Write("DROID_SignatureFile_V99.xml", SignatureXml(false, "99"));
        Write("DROID_SignatureFile_V120.xml", SignatureXml(false, "120"));

        var identifier = new PronomIdentifier(new SignatureSource("", "", [Path.Combine(folder, "missing"), folder]));

        Assert.Equal("DROID V120 (no container signatures)", identifier.SignatureVersion);
    }

    private PronomIdentifier Identifier(bool priority) =>
        new(new SignatureSource(Write("DROID_SignatureFile_V1.xml", SignatureXml(priority, "1")), "", []));

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string SignatureXml(bool priority, string version) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <FFSignatureFile Version="{version}" xmlns="http://www.nationalarchives.gov.uk/pronom/SignatureFile">
          <InternalSignatureCollection>
            <InternalSignature ID="1"><ByteSequence Reference="BOFoffset">
              <SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0"><Sequence>4445504F54</Sequence></SubSequence>
            </ByteSequence></InternalSignature>
            <InternalSignature ID="2"><ByteSequence Reference="BOFoffset">
              <SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0"><Sequence>4445504F54</Sequence></SubSequence>
              <SubSequence Position="2" SubSeqMinOffset="0" SubSeqMaxOffset="16"><Sequence>424F4F4B2D</Sequence>
                <RightFragment MinOffset="0" MaxOffset="0" Position="1">[31:39]</RightFragment></SubSequence>
            </ByteSequence></InternalSignature>
          </InternalSignatureCollection>
          <FileFormatCollection>
            <FileFormat ID="100" Name="Depot Container" PUID="test/1" MIMEType="application/x-depot"><InternalSignatureID>1</InternalSignatureID><Extension>depot</Extension></FileFormat>
            <FileFormat ID="200" Name="Depot Book" PUID="test/2" Version="2" MIMEType="application/x-depot-book, application/x-other"><InternalSignatureID>2</InternalSignatureID><Extension>dbook</Extension>{(priority ? "<HasPriorityOverFileFormatID>100</HasPriorityOverFileFormatID>" : "")}</FileFormat>
            <FileFormat ID="300" Name="Depot Notes" PUID="test/3"><Extension>dnotes</Extension></FileFormat>
          </FileFormatCollection>
        </FFSignatureFile>
        """;

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
